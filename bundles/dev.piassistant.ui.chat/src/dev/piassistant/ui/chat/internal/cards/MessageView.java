package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import dev.piassistant.ui.markdown.MarkdownStyler;

/**
 * One message bubble: who said it, the thinking shown before it (collapsed), the text (markdown for the
 * assistant), and a footer for tokens, progress or what went wrong.
 */
public final class MessageView {

	public enum Author {
		USER, ASSISTANT
	}

	private final Composite root;
	private final Label header;
	private final StyledText body;
	/** The model's text as prose and code blocks; null for the user's messages, shown as typed. */
	private final AnswerBody answer;
	private final Label footer;
	private final Label note;
	private final Author author;
	private final MarkdownStyler styler;
	private final Runnable relayout;
	private Link thinkingToggle;
	private Label thinkingText;
	private Composite problem;
	private String problemText = "";
	private String text = "";

	MessageView(Composite parent, Author author, String title, CardContext context) {
		this.author = author;
		this.styler = context.styler();
		this.relayout = context.relayout();
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(0, 3).applyTo(root);
		KeptColours.background(root, author == Author.USER ? CardStyle.tint(parent, CardStyle.Tint.USER) : parent.getBackground());
		header = CardStyle.bold(new Label(root, SWT.NONE));
		header.setText(title);
		if (author == Author.ASSISTANT) {
			answer = new AnswerBody(root, styler, this::prepare, context.actions()::insertAtCursor);
			body = answer.first();
		} else {
			answer = null;
			body = new StyledText(root, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
			body.setCaret(null);
			body.setEditable(false);
			// A small width hint wraps to the card's width without asking the display for a default one.
			GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(body);
			prepare(body);
		}
		note = CardStyle.note(CardStyle.wrapping(root, ""));
		CardStyle.visible(note, false);
		if (answer != null) {
			answer.placeBefore(note);
		}
		footer = CardStyle.muted(CardStyle.wrapping(root, ""));
		CardStyle.visible(footer, false);
		CardStyle.paint(root, root.getBackground());
	}

	Composite control() {
		return root;
	}

	/** Link clicks and the Copy menu, on each widget that shows text of the message. */
	private void prepare(StyledText text) {
		text.addListener(SWT.MouseUp, event -> openLinkAt(text, event.x, event.y));
		text.setMenu(copyMenu(text));
	}

	/** The code blocks of an answer, in order. */
	public java.util.List<CodeView> codeBlocks() {
		return answer == null ? java.util.List.of() : answer.codeBlocks();
	}

	/** The prose parts of an answer (the user's message is one), in order. */
	public java.util.List<StyledText> prose() {
		return answer == null ? java.util.List.of(body) : answer.prose();
	}

	public Author author() {
		return author;
	}

	public String text() {
		return text;
	}

	public String footerText() {
		return footer.getText();
	}

	/** What Pi Assistant says about the message (how it ended), apart from the message itself. */
	public String noteText() {
		return note.getText();
	}

	/** The label of the note, to check its look. */
	public Label note() {
		return note;
	}

	public String problemText() {
		return problemText;
	}

	public StyledText body() {
		return body;
	}

	public String thinkingText() {
		return thinkingText == null ? "" : thinkingText.getText();
	}

	public boolean thinkingShown() {
		return thinkingText != null && thinkingText.getVisible();
	}

	void setText(String newText) {
		if (newText.equals(text) && !text.isEmpty()) {
			return;
		}
		text = newText;
		if (answer != null) {
			answer.show(newText);
		} else {
			body.setText(newText);
			CardStyle.visible(body, !newText.isEmpty());
		}
	}

	/** The model's thinking, in a section the user opens: it is long and rarely read. */
	void setThinking(String thinking) {
		if (thinking.isBlank() && thinkingText == null) {
			return;
		}
		if (thinkingText == null) {
			thinkingToggle = CardStyle.link(root, Messages.Thinking_show, this::toggleThinking);
			thinkingText = CardStyle.muted(CardStyle.wrapping(root, ""));
			thinkingToggle.moveBelow(header);
			thinkingText.moveBelow(thinkingToggle);
			CardStyle.visible(thinkingText, false);
			CardStyle.paint(root, root.getBackground());
		}
		thinkingText.setText(thinking);
		CardStyle.visible(thinkingToggle, !thinking.isBlank());
	}

	/** Opens or closes the thinking section. */
	public void toggleThinking() {
		var show = !thinkingText.getVisible();
		CardStyle.visible(thinkingText, show);
		thinkingToggle.setText(show ? Messages.Thinking_hide : Messages.Thinking_show);
		relayout.run();
	}

	void setFooter(String message) {
		footer.setText(message);
		CardStyle.visible(footer, !message.isEmpty());
	}

	/** A note about how the message ended, in its own italic box so that nobody takes it for the model's words. */
	void setNote(String message) {
		note.setText(message);
		CardStyle.visible(note, !message.isEmpty());
	}

	/** Shows what went wrong under the text that did arrive, with ways out as links. */
	void showProblem(String message, String hint, Runnable sendAgain, Runnable openProviders) {
		if (problem != null) {
			problem.dispose();
		}
		problem = new Composite(root, SWT.NONE);
		problemText = message + "\n" + hint;
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 4).applyTo(problem);
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(problem);
		ProblemBox.fill(problem, message, hint, sendAgain, openProviders);
	}

	/** Copy: the selected part, or the whole message when nothing is selected. */
	private Menu copyMenu(StyledText widget) {
		var menu = new Menu(widget);
		var copy = new MenuItem(menu, SWT.PUSH);
		copy.setText(Messages.Copy);
		copy.addListener(SWT.Selection, event -> copy(widget));
		return menu;
	}

	/** Puts the selection, or else the whole message as written (markdown), on the clipboard. */
	public void copy(StyledText widget) {
		var selected = widget.getSelectionText();
		var copied = selected.isEmpty() ? text : selected;
		if (copied.isEmpty()) {
			return;
		}
		var clipboard = new Clipboard(body.getDisplay());
		try {
			clipboard.setContents(new Object[] { copied }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void openLinkAt(StyledText widget, int x, int y) {
		if (author != Author.ASSISTANT || widget.getSelectionCount() > 0) {
			return;
		}
		var offset = widget.getOffsetAtPoint(new Point(x, y));
		var url = offset < 0 ? null : styler.linkAt(widget, offset);
		if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
			Program.launch(url);
		} else if (url != null) {
			FileLinks.open(url); // src/Foo.java:12 opens the workspace file at that line
		}
	}
}
