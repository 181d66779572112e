package dev.piassistant.ui.internal.preferences;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.mcp.McpServerEntry;

/**
 * Adds or edits one MCP server of the user's own {@code mcp.json}: a command Pi starts (with its arguments and
 * environment) or the URL of a streamable HTTP server (with its headers). {@code ${VAR}}s are kept as typed.
 */
final class McpServerDialog extends TitleAreaDialog {

	private final Optional<McpServerEntry> original;
	private final List<String> takenNames;
	private Text name;
	private Button byCommand;
	private Button byUrl;
	private Text command;
	private Text arguments;
	private Text environment;
	private Text url;
	private Text headers;
	private McpServerEntry result;

	/** @param takenNames the names of the user's other servers */
	McpServerDialog(Shell parent, Optional<McpServerEntry> original, List<String> takenNames) {
		super(parent);
		this.original = original;
		this.takenNames = takenNames;
	}

	Optional<McpServerEntry> result() {
		return Optional.ofNullable(result);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		var title = original.isPresent() ? Messages.McpDialog_titleEdit : Messages.McpDialog_titleAdd;
		setTitle(title);
		setMessage(Messages.McpDialog_message);
		getShell().setText(title);
		var form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		name = field(form, Messages.McpDialog_name, SWT.BORDER, 0);
		byCommand = radio(form, Messages.McpDialog_byCommand);
		command = field(form, Messages.McpDialog_command, SWT.BORDER, 1);
		arguments = field(form, Messages.McpDialog_arguments, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL, 3);
		environment = field(form, Messages.McpDialog_environment, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL, 2);
		byUrl = radio(form, Messages.McpDialog_byUrl);
		url = field(form, Messages.McpDialog_url, SWT.BORDER, 1);
		headers = field(form, Messages.McpDialog_headers, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL, 2);
		fill();
		for (var text : List.of(name, command, arguments, environment, url, headers)) {
			text.addModifyListener(event -> validate());
		}
		return area;
	}

	/** @param lines how many lines the field shows; 0 for one line, not indented under a choice */
	private static Text field(Composite form, String label, int style, int lines) {
		var caption = new Label(form, SWT.NONE);
		caption.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, lines > 1 ? SWT.BEGINNING : SWT.CENTER).indent(lines == 0 ? 0 : 16, 0)
				.applyTo(caption);
		var text = new Text(form, style);
		GridDataFactory.fillDefaults().grab(true, lines > 1).hint(380, lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT)
				.applyTo(text);
		return text;
	}

	private Button radio(Composite form, String label) {
		var button = new Button(form, SWT.RADIO);
		button.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(button);
		button.addListener(SWT.Selection, event -> validate());
		return button;
	}

	private void fill() {
		original.ifPresent(server -> {
			name.setText(server.name());
			command.setText(server.command());
			arguments.setText(String.join("\n", server.args()));
			environment.setText(NameValueLines.ENVIRONMENT.format(server.env()));
			url.setText(server.url());
			headers.setText(NameValueLines.HEADERS.format(server.headers()));
		});
		var http = original.map(McpServerEntry::isHttp).orElse(false);
		byUrl.setSelection(http);
		byCommand.setSelection(!http);
	}

	/** The server the fields describe, or why they do not describe one. */
	private Described describe() {
		var given = name.getText().strip();
		if (given.isEmpty() || !given.matches("[A-Za-z0-9_.-]+")) {
			return Described.failed(Messages.McpDialog_nameInvalid);
		}
		if (takenNames.contains(given)) {
			return Described.failed(NLS.bind(Messages.McpDialog_nameTaken, given));
		}
		var disabled = original.map(McpServerEntry::disabled).orElse(false);
		try {
			if (byUrl.getSelection()) {
				var address = url.getText().strip();
				if (!address.startsWith("http://") && !address.startsWith("https://")) {
					return Described.failed(Messages.McpDialog_urlInvalid);
				}
				return Described.of(new McpServerEntry(given, "", List.of(), Map.of(), address, lines(NameValueLines.HEADERS,
						headers, Messages.McpDialog_headerInvalid), disabled));
			}
			if (command.getText().isBlank()) {
				return Described.failed(Messages.McpDialog_commandMissing);
			}
			return Described.of(new McpServerEntry(given, command.getText().strip(), NameValueLines.arguments(arguments.getText()),
					lines(NameValueLines.ENVIRONMENT, environment, Messages.McpDialog_variableInvalid), "", Map.of(), disabled));
		} catch (IllegalArgumentException e) {
			return Described.failed(e.getMessage());
		}
	}

	private static Map<String, String> lines(NameValueLines format, Text text, String problem) {
		try {
			return format.parse(text.getText());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(problem, e.getMessage()), e);
		}
	}

	private record Described(McpServerEntry server, String problem) {
		static Described of(McpServerEntry server) {
			return new Described(server, null);
		}

		static Described failed(String problem) {
			return new Described(null, problem);
		}
	}

	private void validate() {
		var viaUrl = byUrl.getSelection();
		command.setEnabled(!viaUrl);
		arguments.setEnabled(!viaUrl);
		environment.setEnabled(!viaUrl);
		url.setEnabled(viaUrl);
		headers.setEnabled(viaUrl);
		var problem = describe().problem();
		setErrorMessage(problem);
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		var described = describe();
		if (described.server() == null) {
			validate();
			return;
		}
		result = described.server();
		super.okPressed();
	}
}
