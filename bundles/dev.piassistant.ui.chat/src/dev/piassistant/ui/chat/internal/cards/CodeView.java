package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * A code block of an answer: its language and Copy and Insert (at the editor's cursor) links above the code, which keeps its lines and
 * indentation in the text font, coloured by its language, and scrolls sideways when wider than the view.
 */
public final class CodeView {

	private final Composite root;
	private final Label language;
	private final Link copy;
	private final Link insert;
	private final StyledText code;

	CodeView(Composite parent, java.util.function.Consumer<String> insertAtCursor) {
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).indent(0, 2).applyTo(root);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 1).applyTo(root);
		language = CardStyle.muted(new Label(root, SWT.NONE));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(language);
		copy = CardStyle.link(root, Messages.CopyCode, this::copy);
		insert = CardStyle.link(root, Messages.InsertCode, () -> insertAtCursor.accept(codeText()));
		insert.setToolTipText(Messages.InsertCodeTooltip);
		code = new StyledText(root, SWT.H_SCROLL | SWT.READ_ONLY | SWT.MULTI);
		code.setEditable(false);
		code.setCaret(null);
		code.setFont(JFaceResources.getTextFont());
		code.setMargins(6, 4, 6, 4);
		code.setAlwaysShowScrollBars(false);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(10, SWT.DEFAULT).applyTo(code);
	}

	Composite control() {
		return root;
	}

	void show(String text, String languageName) {
		language.setText(languageName);
		if (!code.getText().equals(text)) {
			code.setText(text);
			code.setStyleRanges(CodeColors.styles(CodeColors.scan(text, languageName), code.getBackground()));
		}
	}

	/** Gives the code a background set off from the message's, after the message painted its own. */
	void tint() {
		CardStyle.setApart(code);
	}

	private String codeText() {
		return code.getText();
	}

	public StyledText code() {
		return code;
	}

	public String language() {
		return language.getText();
	}

	public Link copyLink() {
		return copy;
	}

	public Link insertLink() {
		return insert;
	}

	/** Puts the code itself (no fences, no language) on the clipboard. */
	public void copy() {
		var clipboard = new Clipboard(root.getDisplay());
		try {
			clipboard.setContents(new Object[] { code.getText().isEmpty() ? " " : code.getText() },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
