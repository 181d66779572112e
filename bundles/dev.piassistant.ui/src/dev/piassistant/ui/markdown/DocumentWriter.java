package dev.piassistant.ui.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Walks a commonmark tree once and writes it as a {@link MarkdownDocument}. */
final class DocumentWriter extends AbstractVisitor {

	private static final String RULE = "─".repeat(24);
	private static final String BULLET = "• ";
	private static final String TASK_DONE = "\u2611 ";
	private static final String TASK_OPEN = "\u2610 ";
	private static final String ITEM_INDENT = "  ";

	private final TextBuffer text = new TextBuffer();
	private final List<StyleSpan> spans = new ArrayList<>();
	private final List<CodeBlock> codeBlocks = new ArrayList<>();

	MarkdownDocument write(Node document) {
		document.accept(this);
		spans.sort(Comparator.comparingInt(StyleSpan::start));
		return new MarkdownDocument(text.toString(), spans, codeBlocks);
	}

	@Override
	public void visit(Paragraph paragraph) {
		separate(paragraph);
		visitChildren(paragraph);
	}

	@Override
	public void visit(Heading heading) {
		separate(heading);
		styled(heading, SpanStyle.heading(heading.getLevel()), null);
	}

	@Override
	public void visit(ThematicBreak rule) {
		separate(rule);
		text.write(RULE);
	}

	@Override
	public void visit(BlockQuote quote) {
		separate(quote);
		var bar = LinePrefix.quote();
		text.push(bar);
		int start = text.mark() - bar.width();
		visitChildren(quote);
		text.pop();
		span(start, SpanStyle.QUOTE, null);
	}

	@Override
	public void visit(BulletList list) {
		separate(list);
		for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
			item(item, taskMarker(item, BULLET));
		}
	}

	@Override
	public void visit(OrderedList list) {
		separate(list);
		var start = list.getMarkerStartNumber();
		int number = start == null ? 1 : start;
		for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
			item(item, taskMarker(item, number++ + ". "));
		}
	}

	@Override
	public void visit(FencedCodeBlock block) {
		var info = block.getInfo() == null ? "" : block.getInfo().strip();
		codeBlock(block, info.split("\\s+", 2)[0], block.getLiteral());
	}

	@Override
	public void visit(IndentedCodeBlock block) {
		codeBlock(block, "", block.getLiteral());
	}

	@Override
	public void visit(HtmlBlock html) {
		separate(html);
		text.write(withoutTrailingNewlines(html.getLiteral()));
	}

	@Override
	public void visit(Text literal) {
		text.write(literal.getLiteral());
	}

	@Override
	public void visit(HtmlInline html) {
		text.write(html.getLiteral());
	}

	@Override
	public void visit(Code code) {
		int start = text.mark();
		text.write(code.getLiteral());
		span(start, SpanStyle.CODE, null);
	}

	@Override
	public void visit(Emphasis emphasis) {
		styled(emphasis, SpanStyle.EMPHASIS, null);
	}

	@Override
	public void visit(StrongEmphasis strong) {
		styled(strong, SpanStyle.STRONG, null);
	}

	@Override
	public void visit(Link link) {
		linked(link, link.getDestination());
	}

	@Override
	public void visit(Image image) {
		linked(image, image.getDestination());
	}

	@Override
	public void visit(CustomNode node) {
		if (node instanceof Strikethrough strike) {
			styled(strike, SpanStyle.STRIKETHROUGH, null);
		} else if (!(node instanceof TaskListItemMarker)) { // the item's marker shows it
			visitChildren(node);
		}
	}

	@Override
	public void visit(CustomBlock block) {
		if (!(block instanceof TableBlock)) {
			visitChildren(block);
			return;
		}
		separate(block);
		var table = TableText.of(block);
		int start = text.mark();
		for (int i = 0; i < table.lines().size(); i++) {
			if (i > 0) {
				text.lineBreak();
			}
			if (i == table.headerLines() - 1) {
				span(start, SpanStyle.STRONG, null); // the header rows, above the rule
			}
			text.write(table.lines().get(i));
		}
		span(start, SpanStyle.TABLE, null);
	}

	/** A task's checkbox stands in for its bullet (and follows its number). */
	private static String taskMarker(Node item, String marker) {
		if (item.getFirstChild() instanceof TaskListItemMarker task) {
			var box = task.isChecked() ? TASK_DONE : TASK_OPEN;
			return marker.equals(BULLET) ? box : marker + box;
		}
		return marker;
	}

	@Override
	public void visit(SoftLineBreak softBreak) {
		// Chat users expect their line breaks kept, not joined into one line as HTML would show them.
		text.lineBreak();
	}

	@Override
	public void visit(HardLineBreak hardBreak) {
		text.lineBreak();
	}

	private void item(Node item, String marker) {
		separate(item);
		text.push(new LinePrefix(marker, ITEM_INDENT));
		visitChildren(item);
		text.pop();
	}

	private void codeBlock(Node block, String language, String literal) {
		separate(block);
		var code = withoutTrailingNewlines(literal == null ? "" : literal);
		if (code.isEmpty()) {
			return;
		}
		int start = text.mark();
		text.write(code);
		span(start, SpanStyle.CODE_BLOCK, null);
		codeBlocks.add(new CodeBlock(start, text.length() - start, language, code));
	}

	private void linked(Node link, String url) {
		var target = url == null ? "" : url;
		if (link.getFirstChild() == null) {
			int start = text.mark();
			text.write(target);
			span(start, SpanStyle.LINK, target);
		} else {
			styled(link, SpanStyle.LINK, target);
		}
	}

	private void styled(Node node, SpanStyle style, String url) {
		int start = text.mark();
		visitChildren(node);
		span(start, style, url);
	}

	private void span(int start, SpanStyle style, String url) {
		if (text.length() > start) {
			spans.add(new StyleSpan(start, text.length() - start, style, url));
		}
	}

	private void separate(Node block) {
		text.separate(breaksBefore(block));
	}

	/** One line end inside tight lists, a blank line everywhere else. */
	private static int breaksBefore(Node block) {
		var parent = block.getParent();
		var list = block instanceof ListItem ? parent : parent instanceof ListItem ? parent.getParent() : null;
		return list instanceof ListBlock tight && tight.isTight() ? 1 : 2;
	}

	private static String withoutTrailingNewlines(String literal) {
		int end = literal.length();
		while (end > 0 && (literal.charAt(end - 1) == '\n' || literal.charAt(end - 1) == '\r')) {
			end--;
		}
		return literal.substring(0, end);
	}
}
