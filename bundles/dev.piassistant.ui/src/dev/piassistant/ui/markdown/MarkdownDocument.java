package dev.piassistant.ui.markdown;

import java.util.List;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;

/**
 * Markdown rendered to plain text plus the styles to lay over it. Needs no display, so it can be built off
 * the UI thread and tested alone. Partial markdown, as it arrives while an answer streams, renders as well
 * as it can: an unclosed fence is a code block up to the end, a half-typed {@code **bold} stays literal.
 */
public record MarkdownDocument(String text, List<StyleSpan> spans, List<CodeBlock> codeBlocks) {

	/** GitHub's flavour, as models write it: tables, strikethrough and task lists. */
	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create(),
			StrikethroughExtension.create(), TaskListItemsExtension.create())).build();

	public MarkdownDocument {
		spans = List.copyOf(spans);
		codeBlocks = List.copyOf(codeBlocks);
	}

	/** Renders markdown; never throws, whatever the input. {@code null} counts as empty. */
	public static MarkdownDocument parse(String markdown) {
		var source = markdown == null ? "" : markdown;
		try {
			return new DocumentWriter().write(PARSER.parse(source));
		} catch (RuntimeException | StackOverflowError e) {
			// Absurd nesting can exhaust the stack; the raw text is still better than nothing.
			return new MarkdownDocument(source, List.of(), List.of());
		}
	}
}
