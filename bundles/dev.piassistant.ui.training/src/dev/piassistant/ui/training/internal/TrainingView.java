package dev.piassistant.ui.training.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.piassistant.core.training.TrainingService;
import dev.piassistant.ui.Services;

/** The Training view: shows the dashboard once the training service is there. */
public final class TrainingView extends ViewPart {

	public static final String ID = "dev.piassistant.ui.training.dashboard";
	private static final long SERVICE_WAIT_MILLIS = 15_000;

	private @Nullable Composite parent;
	private @Nullable Dashboard dashboard;

	@Override
	public void createPartControl(Composite container) {
		parent = container;
		GridLayoutFactory.fillDefaults().applyTo(container);
		var service = Services.get(TrainingService.class);
		if (service.isPresent()) {
			build(service.get());
		} else {
			note(Messages.ViewWaiting);
			waitForService(container);
		}
	}

	/** The service may still be starting when the workbench restores the view; never wait on the UI thread. */
	private void waitForService(Composite container) {
		var display = container.getDisplay();
		var job = Job.create(Messages.ViewWaiting, monitor -> {
			TrainingService found = null;
			try {
				found = Services.await(TrainingService.class, SERVICE_WAIT_MILLIS).orElse(null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			var result = found;
			display.asyncExec(() -> {
				if (container.isDisposed()) {
					return;
				}
				clear(container);
				if (result != null) {
					build(result);
				} else {
					note(Messages.ServiceMissing);
				}
				container.layout(true, true);
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void build(TrainingService service) {
		var board = new Dashboard(parent(), service);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(board.control());
		dashboard = board;
	}

	private void note(String text) {
		var label = new Label(parent(), SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}

	private static void clear(Composite container) {
		for (Control child : container.getChildren()) {
			child.dispose();
		}
	}

	private Composite parent() {
		var container = parent;
		if (container == null) {
			throw new IllegalStateException("the view has no controls yet");
		}
		return container;
	}

	/** The dashboard, once the service was found. */
	public @Nullable Dashboard dashboard() {
		return dashboard;
	}

	@Override
	public void setFocus() {
		var board = dashboard;
		if (board != null) {
			board.control().setFocus();
		} else if (parent != null) {
			parent.setFocus();
		}
	}
}
