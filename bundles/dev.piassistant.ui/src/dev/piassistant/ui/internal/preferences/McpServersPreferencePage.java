package dev.piassistant.ui.internal.preferences;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServerEntry;
import dev.piassistant.core.mcp.McpServerState;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.ui.Services;

/**
 * The MCP servers the agent may use, from the user's {@code mcp.json}, the projects' {@code .mcp.json} files and
 * plug-ins: each one's state and tools, and the selected one's problem and last log lines. Starting and restarting
 * run as jobs; the page follows the servers' state as it changes. The user's own servers are added, edited and
 * removed here; they are saved in their {@code mcp.json}, keeping what else the file holds.
 */
public final class McpServersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.mcp";

	private Optional<McpServers> servers = Optional.empty();
	private TableViewer table;
	private Text details;
	private Button restart;
	private Button edit;
	private Button remove;
	private final Consumer<McpServerState> follower = state -> {
		var control = table == null ? null : table.getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		servers = Services.get(McpServers.class);
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(servers.isPresent() ? NLS.bind(Messages.McpPage_description, PiHome.directory().resolve("mcp.json"))
				: Messages.McpPage_unavailable);
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).grab(true, false).applyTo(intro);
		table = createTable(page);
		createButtons(page);
		details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 180).applyTo(details);
		servers.ifPresent(service -> service.addListener(follower));
		refresh();
		return page;
	}

	private TableViewer createTable(Composite page) {
		var viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(viewer, Messages.McpPage_columnName, 130, McpServerState::name);
		column(viewer, Messages.McpPage_columnStatus, 100, McpServerDetails::status);
		column(viewer, Messages.McpPage_columnTools, 60, server -> String.valueOf(server.tools().size()));
		column(viewer, Messages.McpPage_columnSource, 300, McpServerState::source);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> showSelected());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 150).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<McpServerState, String> text) {
		var column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((McpServerState) element);
			}
		});
	}

	private void createButtons(Composite page) {
		var buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		var start = new Button(buttons, SWT.PUSH);
		start.setText(Messages.McpPage_start);
		start.setEnabled(servers.isPresent());
		start.addListener(SWT.Selection, event -> run(Messages.McpPage_startJob, McpServers::refresh));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(start);
		restart = new Button(buttons, SWT.PUSH);
		restart.setText(Messages.McpPage_restart);
		restart.addListener(SWT.Selection, event -> selected().ifPresent(server -> run(NLS.bind(Messages.McpPage_restartJob, server.name()),
				service -> restartQuietly(service, server.name()))));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(restart);
		var add = button(buttons, Messages.McpPage_add, () -> openDialog(Optional.empty()));
		add.setEnabled(servers.isPresent());
		edit = button(buttons, Messages.McpPage_edit, () -> selectedEntry().ifPresent(entry -> openDialog(Optional.of(entry))));
		remove = button(buttons, Messages.McpPage_remove, () -> selectedEntry().ifPresent(entry -> change(
				NLS.bind(Messages.McpPage_removeJob, entry.name()), entry.name(), service -> service.removeUserServer(entry.name()))));
	}

	private static Button button(Composite buttons, String label, Runnable action) {
		var button = new Button(buttons, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	/** The selected server as the user's {@code mcp.json} has it; empty, with a message, for anyone else's. */
	private Optional<McpServerEntry> selectedEntry() {
		var server = selected();
		if (server.isEmpty() || servers.isEmpty()) {
			return Optional.empty();
		}
		if (!isUsers(server.get())) {
			setMessage(NLS.bind(Messages.McpPage_notUsers, server.get().name(), server.get().source()), WARNING);
			return Optional.empty();
		}
		try {
			return servers.get().userServers().stream().filter(entry -> entry.name().equals(server.get().name())).findFirst();
		} catch (McpException e) {
			setErrorMessage(NLS.bind(Messages.McpPage_editFailed, server.get().name(), e.getMessage()));
			return Optional.empty();
		}
	}

	private static boolean isUsers(McpServerState server) {
		return server.source().equals(PiHome.directory().resolve("mcp.json").toString());
	}

	private void openDialog(Optional<McpServerEntry> original) {
		List<String> taken;
		try {
			taken = servers.get().userServers().stream().map(McpServerEntry::name)
					.filter(name -> !original.map(McpServerEntry::name).orElse("").equals(name)).toList();
		} catch (McpException e) {
			setErrorMessage(NLS.bind(Messages.McpPage_editFailed, original.map(McpServerEntry::name).orElse("mcp.json"), e.getMessage()));
			return;
		}
		var dialog = new McpServerDialog(getShell(), original, taken);
		if (dialog.open() == Window.OK) {
			dialog.result().ifPresent(entry -> save(original.map(McpServerEntry::name).orElse(""), entry));
		}
	}

	/** Saves a server to the user's {@code mcp.json} in a job (the servers are read again and started). */
	void save(String replacing, McpServerEntry entry) {
		change(NLS.bind(Messages.McpPage_saveJob, entry.name()), entry.name(), service -> service.saveUserServer(replacing, entry));
	}

	private interface Edit {
		void apply(McpServers service) throws McpException;
	}

	private void change(String jobName, String server, Edit edit) {
		setErrorMessage(null);
		setMessage(null);
		run(jobName, service -> {
			try {
				edit.apply(service);
			} catch (McpException e) {
				var control = table.getControl();
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						setErrorMessage(NLS.bind(Messages.McpPage_editFailed, server, e.getMessage()));
					}
				});
			}
			var control = table.getControl();
			control.getDisplay().asyncExec(this::refresh);
		});
	}

	private static void restartQuietly(McpServers service, String name) {
		try {
			service.restart(name);
		} catch (McpException e) {
			// The server's state and log say why; the page shows them.
		}
	}

	/** Runs work on the servers as a job: starting one can take as long as its time-out. */
	private void run(String name, Consumer<McpServers> work) {
		servers.ifPresent(service -> Job.create(name, monitor -> {
			work.accept(service);
			return Status.OK_STATUS;
		}).schedule());
	}

	private Optional<McpServerState> selected() {
		var selection = (IStructuredSelection) table.getSelection();
		return Optional.ofNullable((McpServerState) selection.getFirstElement());
	}

	private void showSelected() {
		var server = selected();
		restart.setEnabled(server.isPresent());
		edit.setEnabled(server.filter(McpServersPreferencePage::isUsers).isPresent());
		remove.setEnabled(edit.getEnabled());
		details.setText(server.map(McpServerDetails::of).orElse(""));
	}

	/** Shows the servers as they are now, keeping the selection. */
	void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		var name = selected().map(McpServerState::name);
		List<McpServerState> states = servers.map(McpServers::servers).orElse(List.of());
		table.setInput(states);
		name.flatMap(chosen -> states.stream().filter(server -> server.name().equals(chosen)).findFirst())
				.ifPresent(server -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(server)));
		showSelected();
	}

	/** The servers shown, in order. */
	List<McpServerState> shown() {
		@SuppressWarnings("unchecked")
		var input = (List<McpServerState>) table.getInput();
		return input == null ? List.of() : input;
	}

	void select(String name) {
		shown().stream().filter(server -> server.name().equals(name)).findFirst()
				.ifPresent(server -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(server)));
	}

	String detailsText() {
		return details.getText();
	}

	@Override
	public void dispose() {
		servers.ifPresent(service -> service.removeListener(follower));
		super.dispose();
	}
}
