package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dev.piassistant.ui.markdown.MarkdownDocument;
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
	private final Label footer;
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
		root.setBackground(author == Author.USER ? CardStyle.tint(parent, CardStyle.Tint.USER) : parent.getBackground());
		header = CardStyle.bold(new Label(root, SWT.NONE));
		header.setText(title);
		body = new StyledText(root, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
		body.setCaret(null);
		body.setEditable(false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
		body.addListener(SWT.MouseUp, event -> openLinkAt(event.x, event.y));
		footer = CardStyle.muted(CardStyle.wrapping(root, ""));
		CardStyle.visible(footer, false);
		CardStyle.paint(root, root.getBackground());
	}

	Composite control() {
		return root;
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
		if (newText.equals(text) && body.getCharCount() > 0) {
			return;
		}
		text = newText;
		if (author == Author.ASSISTANT) {
			styler.apply(body, MarkdownDocument.parse(newText));
		} else {
			body.setText(newText);
		}
		CardStyle.visible(body, !newText.isEmpty());
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

	private void openLinkAt(int x, int y) {
		if (author != Author.ASSISTANT || body.getSelectionCount() > 0) {
			return;
		}
		var offset = body.getOffsetAtPoint(new Point(x, y));
		var url = offset < 0 ? null : styler.linkAt(body, offset);
		if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
			Program.launch(url);
		}
	}
}
