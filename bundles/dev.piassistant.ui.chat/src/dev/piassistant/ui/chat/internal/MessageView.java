package dev.piassistant.ui.chat.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;

import dev.piassistant.ui.markdown.MarkdownDocument;
import dev.piassistant.ui.markdown.MarkdownStyler;

/**
 * One message in the transcript: who said it, the text (markdown for the assistant), and a footer for
 * tokens, progress or what went wrong.
 */
final class MessageView {

	enum Author {
		USER, ASSISTANT
	}

	private final Composite root;
	private final Label header;
	private final StyledText body;
	private final Label footer;
	private final Author author;
	private final MarkdownStyler styler;
	private Composite problem;
	private String problemText = "";
	private String text = "";

	MessageView(Composite parent, Author author, String title, MarkdownStyler styler) {
		this.author = author;
		this.styler = styler;
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(0, 3).applyTo(root);
		if (author == Author.USER) {
			root.setBackground(userBackground(parent));
		}
		header = new Label(root, SWT.NONE);
		header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		header.setText(title);
		body = new StyledText(root, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
		body.setBackground(root.getBackground());
		body.setCaret(null);
		body.setEditable(false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
		body.addListener(SWT.MouseUp, event -> openLinkAt(event.x, event.y));
		footer = new Label(root, SWT.WRAP);
		footer.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(footer);
		footer.setVisible(false);
		inheritBackground();
	}

	private static Color userBackground(Composite parent) {
		var base = parent.getBackground().getRGB();
		var dark = (base.red + base.green + base.blue) / 3 < 128;
		var tint = dark ? new RGB(base.red + 18, base.green + 22, base.blue + 30)
				: new RGB(Math.max(0, base.red - 14), Math.max(0, base.green - 8), base.blue);
		// Colours hold no OS resources in current SWT: nothing to dispose.
		return new Color(clamp(tint));
	}

	private static RGB clamp(RGB rgb) {
		return new RGB(Math.min(255, rgb.red), Math.min(255, rgb.green), Math.min(255, rgb.blue));
	}

	private void inheritBackground() {
		header.setBackground(root.getBackground());
		footer.setBackground(root.getBackground());
	}

	Composite control() {
		return root;
	}

	Author author() {
		return author;
	}

	String text() {
		return text;
	}

	String footerText() {
		return footer.getText();
	}

	String problemText() {
		return problemText;
	}

	StyledText body() {
		return body;
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
	}

	void setFooter(String message) {
		footer.setText(message);
		var show = !message.isEmpty();
		footer.setVisible(show);
		((GridData) footer.getLayoutData()).exclude = !show;
	}

	/** Shows what went wrong under the text that did arrive, with ways out as links. */
	void showProblem(String message, String hint, Runnable sendAgain, Runnable openProviders) {
		if (problem != null) {
			problem.dispose();
		}
		problem = new Composite(root, SWT.BORDER);
		problemText = message + "\n" + hint;
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 4).applyTo(problem);
		GridLayoutFactory.fillDefaults().margins(6, 4).numColumns(1).applyTo(problem);
		var label = new Label(problem, SWT.WRAP);
		label.setText(message);
		label.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(label);
		var advice = new Label(problem, SWT.WRAP);
		advice.setText(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(advice);
		link(Messages.SendAgain, sendAgain);
		if (openProviders != null) {
			link(Messages.OpenProviders, openProviders);
		}
	}

	private void link(String text, Runnable action) {
		var link = new Link(problem, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, event -> action.run());
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

	void dispose() {
		root.dispose();
	}
}
