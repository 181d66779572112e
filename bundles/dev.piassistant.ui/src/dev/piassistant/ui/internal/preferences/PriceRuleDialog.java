package dev.piassistant.ui.internal.preferences;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.llm.PriceRule;

/** Adds or edits one row of the price table. */
final class PriceRuleDialog extends TitleAreaDialog {

	private final Optional<PriceRule> original;
	private Text pattern;
	private Text input;
	private Text output;
	private Text context;
	private PriceRule result;

	PriceRuleDialog(Shell parent, Optional<PriceRule> original) {
		super(parent);
		this.original = original;
	}

	Optional<PriceRule> result() {
		return Optional.ofNullable(result);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		var title = original.isPresent() ? Messages.PriceDialog_titleEdit : Messages.PriceDialog_titleAdd;
		setTitle(title);
		setMessage(Messages.PriceDialog_message);
		getShell().setText(title);
		var form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		pattern = field(form, Messages.PriceDialog_pattern);
		pattern.setMessage(Messages.PriceDialog_patternHint);
		input = field(form, Messages.PriceDialog_input);
		output = field(form, Messages.PriceDialog_output);
		context = field(form, Messages.PriceDialog_context);
		var rule = original.orElse(new PriceRule("", 0, 0, 0));
		pattern.setText(rule.modelPattern());
		input.setText(Double.toString(rule.inputPerMillion()));
		output.setText(Double.toString(rule.outputPerMillion()));
		context.setText(Integer.toString(rule.contextWindow()));
		return area;
	}

	private Text field(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		var text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String error = null;
		try {
			PriceRules.parse(pattern.getText(), input.getText(), output.getText(), context.getText());
		} catch (IllegalArgumentException e) {
			error = e.getMessage();
		}
		setErrorMessage(error);
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		try {
			result = PriceRules.parse(pattern.getText(), input.getText(), output.getText(), context.getText());
			super.okPressed();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
		}
	}
}
