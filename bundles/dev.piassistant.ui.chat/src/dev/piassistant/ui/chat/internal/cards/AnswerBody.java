package dev.piassistant.ui.chat.internal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.ui.markdown.MarkdownDocument;
import dev.piassistant.ui.markdown.MarkdownStyler;

/**
 * An answer's text as prose that wraps and code blocks that scroll sideways, in order, placed straight in
 * the message's own layout (a composite more would double the size computations of every frame). While the
 * answer streams, only the parts that changed are redrawn: the widgets of a part stay as long as its kind does.
 */
final class AnswerBody {

	/** The markdown a prose widget shows, to skip parts that did not change. */
	private static final String SHOWN = AnswerBody.class.getName() + ".shown";

	private final Composite root;
	private final MarkdownStyler styler;
	/** What comes after the answer in the message (its note); new parts go before it. */
	private Control end;
	private final Consumer<StyledText> prepare;
	private final Consumer<String> insertAtCursor;
	private final StyledText first;
	/** StyledText for prose, CodeView for code; the first part is always {@link #first}. */
	private final List<Object> parts = new ArrayList<>();

	/**
	 * @param prepare sets up a new prose widget (menus, link clicks)
	 * @param insertAtCursor what a code block's Insert at Cursor does with its code
	 */
	AnswerBody(Composite parent, MarkdownStyler styler, Consumer<StyledText> prepare, Consumer<String> insertAtCursor) {
		this.styler = styler;
		this.insertAtCursor = insertAtCursor;
		this.prepare = prepare;
		root = parent;
		first = newProse();
		parts.add(first);
	}

	/** New parts go before this control. */
	void placeBefore(Control control) {
		end = control;
	}

	/** The first prose part (empty when the answer starts with code). */
	StyledText first() {
		return first;
	}

	List<CodeView> codeBlocks() {
		return parts.stream().filter(CodeView.class::isInstance).map(CodeView.class::cast).toList();
	}

	List<StyledText> prose() {
		return parts.stream().filter(StyledText.class::isInstance).map(StyledText.class::cast).toList();
	}

	void show(String markdown) {
		var segments = new ArrayList<>(Segments.of(markdown));
		if (segments.isEmpty() || segments.get(0).code()) {
			segments.add(0, new Segments.Segment(false, "", ""));
		}
		for (int i = 0; i < segments.size(); i++) {
			var segment = segments.get(i);
			if (i < parts.size() && (parts.get(i) instanceof CodeView) != segment.code()) {
				removeFrom(i);
			}
			if (i == parts.size()) {
				parts.add(segment.code() ? newCode() : newProse());
			}
			if (parts.get(i) instanceof CodeView view) {
				view.show(segment.text(), segment.language());
			} else if (!segment.text().equals(((StyledText) parts.get(i)).getData(SHOWN))) {
				// Only the part still streaming changes; the ones before it are parsed once.
				var prose = (StyledText) parts.get(i);
				styler.apply(prose, MarkdownDocument.parse(segment.text()));
				prose.setData(SHOWN, segment.text());
			}
		}
		removeFrom(segments.size());
		CardStyle.visible(first, first.getCharCount() > 0);
	}

	private void removeFrom(int index) {
		while (parts.size() > Math.max(index, 1)) {
			var gone = parts.remove(parts.size() - 1);
			(gone instanceof CodeView view ? view.control() : (Control) gone).dispose();
		}
	}

	private StyledText newProse() {
		var text = new StyledText(root, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
		text.setCaret(null);
		text.setEditable(false);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(text);
		prepare.accept(text);
		KeptColours.background(text, root.getBackground());
		place(text);
		return text;
	}

	private CodeView newCode() {
		var view = new CodeView(root, insertAtCursor);
		CardStyle.paint(view.control(), root.getBackground());
		view.tint();
		place(view.control());
		return view;
	}

	private void place(Control control) {
		if (end != null && !end.isDisposed()) {
			control.moveAbove(end);
		}
	}
}
