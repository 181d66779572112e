package dev.piassistant.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.training.Overrides;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.ui.Services;

/**
 * The Training view in a real workbench, against the real training service and engine: a run's curves and
 * epochs appear while it trains, Stop ends it with its best checkpoint tested, and the New Run dialog
 * previews the data.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DashboardTest {

	private static final Duration START = Duration.ofSeconds(90);
	private static final int EPOCHS = 5_000;

	private IWorkbenchPage page;
	private TrainingView view;
	private Dashboard dashboard;
	private TrainingService service;

	@BeforeEach
	void open() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1500, 950);
		page = window.getActivePage();
		view = (TrainingView) page.showView(TrainingView.ID);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.spinUntil("the dashboard is shown", () -> view.dashboard() != null, Duration.ofSeconds(30));
		dashboard = view.dashboard();
		service = Services.await(TrainingService.class, 10_000).orElseThrow();
	}

	@AfterEach
	void close() {
		page.hideView(view);
	}

	@Test
	void curvesFollowTheRunLiveAndStopEndsIt(@TempDir Path folder) throws Exception {
		Ui.spinUntil("New Run is offered once the engine is known to run", () -> dashboard.newRunButton().isEnabled(), START);
		var data = Quadrants.write(folder, 1_500, 3);
		// Far more epochs and patience than it needs, so that it is still running when Stop is pressed.
		dashboard.start(new TrainingRequest("quadrants", data, "quadrant", null).with(Overrides.NONE.withMaxEpochs(EPOCHS).withPatience(EPOCHS)));
		Ui.spinUntil("the new run is selected", () -> dashboard.selected() != null, START);
		var id = dashboard.selected().id();
		Ui.spinUntil("three epochs are drawn", () -> dashboard.chartPoints() >= 3 && dashboard.epochRows() >= 3, START);
		int drawn = dashboard.chartPoints();
		Ui.spinUntil("the curves grow while it trains", () -> dashboard.chartPoints() >= drawn + 5, START);
		assertTrue(dashboard.epochRows() >= drawn + 5, "epoch rows " + dashboard.epochRows());
		assertTrue(dashboard.stopButton().isEnabled());
		var epochsShown = dashboard.runsTable().table().getItem(0).getText(3);
		assertTrue(!epochsShown.startsWith("0 "), "the runs table counts epochs live: " + epochsShown);
		assertTrue(dashboard.statusText().contains("quadrants") && dashboard.statusText().contains("cpu"), dashboard.statusText());
		Ui.spinUntil("the chart reached 25 epochs", () -> dashboard.chartPoints() >= 25, START);
		var shot = Ui.screenshot(page.getWorkbenchWindow().getShell(), Path.of("target", "screenshots", "training.png").toAbsolutePath());
		System.out.println("Screenshot: " + shot);

		Ui.click(dashboard.stopButton());
		Ui.spinUntil("the run is stopped", () -> dashboard.selected().state() == RunState.STOPPED, Duration.ofSeconds(30));
		var run = service.run(id).orElseThrow();
		assertEquals(RunState.STOPPED, run.state());
		assertTrue(run.epochs() < EPOCHS, "epochs " + run.epochs());
		assertNotNull(run.test(), "the best checkpoint is tested");
		assertTrue(run.test().accuracy() > 0.9, "test accuracy " + run.test().accuracy());
		assertTrue(dashboard.statusText().contains(Formats.state(RunState.STOPPED)), dashboard.statusText());
		assertTrue(!dashboard.stopButton().isEnabled());
		assertEquals(Formats.state(RunState.STOPPED), dashboard.runsTable().table().getItem(0).getText(1));
	}

	@Test
	void newRunDialogPreviewsTheData(@TempDir Path folder) throws Exception {
		var data = Quadrants.write(folder, 200, 5);
		var dialog = new StartRunDialog(page.getWorkbenchWindow().getShell(), service);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.setDataset(data.toString());
			Ui.spinUntil("the preview is read", () -> dialog.previewRows() > 0, Duration.ofSeconds(30));
			assertEquals(20, dialog.previewRows());
			assertEquals("quadrant", dialog.labelColumn());
		} finally {
			dialog.close();
		}
	}
}
