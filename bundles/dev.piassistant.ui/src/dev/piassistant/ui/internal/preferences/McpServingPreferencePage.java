package dev.piassistant.ui.internal.preferences;

import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.ui.Services;
import dev.piassistant.ui.internal.mcp.IdeMcpServer;
import dev.piassistant.ui.internal.mcp.ServingPreferences;
import dev.piassistant.ui.internal.mcp.ServingToken;

/**
 * Turns the IDE's MCP server on or off, chooses which calls its clients may make that the permissions would ask
 * about, and shows what another agent needs to reach it: the address, the token and a ready {@code .mcp.json}
 * snippet, each with a Copy button.
 */
public final class McpServingPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.mcpServing";

	private Optional<IdeMcpServer> server = Optional.empty();
	private Button enabled;
	private Text port;
	private final Map<Risk, Button> granted = new EnumMap<>(Risk.class);
	private Label status;
	private Text token;
	private Text snippet;
	private final Consumer<IdeMcpServer.State> follower = state -> {
		if (status != null && !status.isDisposed()) {
			status.getDisplay().asyncExec(this::showState);
		}
	};

	@Override
	public void init(IWorkbench workbench) {
		server = Services.get(IdeMcpServer.class);
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.ServingPage_description);
		GridDataFactory.fillDefaults().span(3, 1).hint(450, SWT.DEFAULT).grab(true, false).applyTo(intro);
		enabled = new Button(page, SWT.CHECK);
		enabled.setText(Messages.ServingPage_enabled);
		enabled.setSelection(ServingPreferences.enabled());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(enabled);
		new Label(page, SWT.NONE).setText(Messages.ServingPage_port);
		port = new Text(page, SWT.BORDER);
		port.setText(String.valueOf(ServingPreferences.port()));
		port.addModifyListener(event -> validate());
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).span(2, 1).applyTo(port);
		grants(page);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(450, SWT.DEFAULT).applyTo(status);
		new Label(page, SWT.NONE).setText(Messages.ServingPage_token);
		token = new Text(page, SWT.BORDER | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(token);
		copyButton(page, () -> token.getText());
		var snippetLabel = new Label(page, SWT.NONE);
		snippetLabel.setText(Messages.ServingPage_snippet);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(snippetLabel);
		copyButton(page, () -> snippet.getText());
		snippet = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(450, 150).applyTo(snippet);
		server.ifPresent(running -> running.addListener(follower));
		showState();
		return page;
	}

	/** A check box per risk class a client may use without being asked. */
	private void grants(Composite page) {
		var group = new Group(page, SWT.NONE);
		group.setText(Messages.ServingPage_grants);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
		var allowed = ServingPreferences.allowed();
		for (var risk : ServingPreferences.GRANTABLE) {
			var box = new Button(group, SWT.CHECK);
			box.setText(switch (risk) {
			case WRITE -> Messages.ServingPage_grantWrite;
			case EXECUTE -> Messages.ServingPage_grantExecute;
			default -> Messages.ServingPage_grantNetwork;
			});
			box.setSelection(allowed.contains(risk));
			granted.put(risk, box);
		}
		var note = new Label(group, SWT.WRAP);
		note.setText(Messages.ServingPage_grantsNote);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
	}

	private Set<Risk> chosenGrants() {
		var chosen = EnumSet.noneOf(Risk.class);
		granted.forEach((risk, box) -> {
			if (box.getSelection()) {
				chosen.add(risk);
			}
		});
		return chosen;
	}

	private void copyButton(Composite page, java.util.function.Supplier<String> text) {
		var copy = new Button(page, SWT.PUSH);
		copy.setText(Messages.ServingPage_copy);
		copy.addListener(SWT.Selection, event -> {
			var clipboard = new Clipboard(copy.getDisplay());
			try {
				clipboard.setContents(new Object[] { text.get() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		});
	}

	/** Shows where the serving is: its address, the token and the snippet, or why it is not listening. */
	void showState() {
		if (status.isDisposed()) {
			return;
		}
		var state = server.map(IdeMcpServer::state).orElse(null);
		if (state == null) {
			status.setText(Messages.ServingPage_unavailable);
		} else {
			status.setText(switch (state.status()) {
				case OFF -> Messages.ServingPage_off;
				case LISTENING -> NLS.bind(Messages.ServingPage_listening, state.url());
				case FAILED -> state.problem();
			});
		}
		try {
			var value = ServingToken.get();
			token.setText(value);
			var url = state != null && !state.url().isEmpty() ? state.url() : "http://127.0.0.1:<port>/mcp";
			snippet.setText(ServingToken.snippet(url, value));
		} catch (IOException e) {
			token.setText("");
			snippet.setText(NLS.bind(Messages.ServingPage_tokenFailed, ServingToken.file(), e.getMessage()));
		}
		status.getParent().layout(true, true);
	}

	private Optional<Integer> chosenPort() {
		try {
			var value = Integer.parseInt(port.getText().trim());
			return value >= 0 && value <= 65_535 ? Optional.of(value) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private void validate() {
		var valid = chosenPort().isPresent();
		setErrorMessage(valid ? null : Messages.ServingPage_badPort);
		setValid(valid);
	}

	@Override
	protected void performDefaults() {
		enabled.setSelection(false);
		port.setText(String.valueOf(ServingPreferences.ANY_PORT));
		granted.values().forEach(box -> box.setSelection(false));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		var chosen = chosenPort();
		if (chosen.isEmpty()) {
			return false;
		}
		try {
			ServingPreferences.set(enabled.getSelection(), chosen.get(), chosenGrants());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.ServingPage_saveFailed, e.getMessage()));
			return false;
		}
	}

	/** For tests: the check box and the texts shown. */
	Button enabledButton() {
		return enabled;
	}

	/** For tests: the check box that lets clients use a risk class without being asked. */
	Button grantButton(Risk risk) {
		return granted.get(risk);
	}

	String statusText() {
		return status.getText();
	}

	String snippetText() {
		return snippet.getText();
	}

	@Override
	public void dispose() {
		server.ifPresent(running -> running.removeListener(follower));
		super.dispose();
	}
}
