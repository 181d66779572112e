package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.llm.DetectedServer;
import dev.piassistant.core.llm.LocalServerDiscovery;

/**
 * Shown while no provider is configured: says how to connect one, and offers the model servers found
 * running on this machine, each a click away.
 */
final class ConnectPanel {

	private final ScrolledComposite scroller;
	private final Composite root;
	private final Composite servers;
	private final Label status;
	private final LocalServerDiscovery discovery;
	private final Consumer<DetectedServer> use;
	private Button again;

	ConnectPanel(Composite parent, LocalServerDiscovery discovery, Consumer<DetectedServer> use, Runnable openPreferences) {
		this.discovery = discovery;
		this.use = use;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		root = new Composite(scroller, SWT.NONE);
		scroller.setContent(root);
		scroller.addListener(SWT.Resize, event -> fit());
		GridLayoutFactory.fillDefaults().margins(12, 12).spacing(6, 8).applyTo(root);
		var title = new Label(root, SWT.WRAP);
		title.setText(Messages.Connect_title);
		title.setFont(JFaceResources.getHeaderFont());
		wrap(title);
		wrap(label(Messages.Connect_explain));
		status = label(Messages.Connect_detecting);
		wrap(status);
		servers = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(servers);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(servers);
		// The buttons go one under the other when the view is too narrow for both side by side.
		var buttons = new Composite(root, SWT.NONE);
		var row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.marginLeft = row.marginTop = row.marginRight = row.marginBottom = 0;
		row.spacing = 6;
		buttons.setLayout(row);
		wrap(buttons);
		again = button(buttons, Messages.Connect_detectAgain, this::detect);
		button(buttons, Messages.Connect_openPreferences, openPreferences);
	}

	private Label label(String text) {
		var label = new Label(root, SWT.WRAP);
		label.setText(text);
		return label;
	}

	/** A small width hint lets the text wrap to whatever width the view has, however narrow. */
	private static void wrap(Control control) {
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(control);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		var button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	Control control() {
		return scroller;
	}

	/** Wraps the text to the view's width; scrolls when the view is short. */
	private void fit() {
		var width = scroller.getClientArea().width;
		if (width > 0) {
			root.setSize(width, root.computeSize(width, SWT.DEFAULT).y);
		}
	}

	Composite serverList() {
		return servers;
	}

	String statusText() {
		return status.getText();
	}

	/** Probes the usual ports in the background and lists what answers. */
	void detect() {
		again.setEnabled(false);
		status.setText(Messages.Connect_detecting);
		fit();
		var display = root.getDisplay();
		var job = Job.create(Messages.Connect_detecting, monitor -> {
			var found = discovery.detect();
			display.asyncExec(() -> show(found));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<DetectedServer> found) {
		if (root.isDisposed()) {
			return;
		}
		again.setEnabled(true);
		for (var child : servers.getChildren()) {
			child.dispose();
		}
		status.setText(found.isEmpty() ? Messages.Connect_none : Messages.Connect_found);
		for (var server : found) {
			var label = new Label(servers, SWT.WRAP);
			label.setText(NLS.bind(Messages.Connect_server, new Object[] { server.product(), server.baseUrl(), server.models().size() }));
			wrap(label);
			button(servers, Messages.Connect_use, () -> use.accept(server));
		}
		root.layout(true, true);
		fit();
	}
}
