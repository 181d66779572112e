package dev.piassistant.ui.chat.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.mcp.McpPrompt;

/**
 * Asks for an MCP prompt's arguments, one field each; required ones are marked and must be filled before
 * the prompt can be fetched. Empty optional fields are left out of what is sent.
 */
final class McpPromptDialog extends TitleAreaDialog {

	private final McpPrompt prompt;
	private final Map<String, Text> fields = new LinkedHashMap<>();
	private final Map<String, String> values = new LinkedHashMap<>();

	McpPromptDialog(Shell parent, McpPrompt prompt) {
		super(parent);
		this.prompt = prompt;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(SlashPrompts.command(prompt));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(McpTexts.Arguments_title, SlashPrompts.command(prompt)));
		var form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		for (var argument : prompt.arguments()) {
			var required = prompt.required().contains(argument);
			new Label(form, SWT.NONE).setText(required ? NLS.bind(McpTexts.Arguments_required, argument) : argument);
			var field = new Text(form, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(field);
			field.addListener(SWT.Modify, event -> validate());
			fields.put(argument, field);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** The fields, by argument, for tests. */
	Map<String, Text> fields() {
		return fields;
	}

	private void validate() {
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		var missing = prompt.required().stream().filter(name -> fields.containsKey(name) && fields.get(name).getText().isBlank())
				.findFirst();
		ok.setEnabled(missing.isEmpty());
		setMessage(missing.map(name -> NLS.bind(McpTexts.Arguments_missing, name))
				.orElse(prompt.description().isBlank() ? McpTexts.Arguments_message : prompt.description()));
	}

	@Override
	protected void okPressed() {
		fields.forEach((name, field) -> {
			if (!field.getText().isBlank()) {
				values.put(name, field.getText().strip());
			}
		});
		super.okPressed();
	}

	/** The arguments given, once OK was pressed. */
	Map<String, String> values() {
		return Map.copyOf(values);
	}
}
