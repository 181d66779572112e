package dev.piassistant.ui.plan.internal.editor;

import static dev.piassistant.ui.plan.internal.editor.Replies.call;
import static dev.piassistant.ui.plan.internal.editor.Replies.ordered;
import static dev.piassistant.ui.plan.internal.editor.Replies.plan;
import static dev.piassistant.ui.plan.internal.editor.Replies.revise;
import static dev.piassistant.ui.plan.internal.editor.Replies.say;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.piassistant.core.plan.StepId;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.AgentPreferences;
import dev.piassistant.ui.plan.internal.timeline.TimelineView;

/**
 * Takes the README's pictures of the Plan editor mid-task and of the timeline, in the light and the dark
 * theme: {@code -Dpi.screenshots=<folder>} (see releng/screenshot/plan.sh). Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "pi.screenshots", matches = ".+")
class Screenshots {

	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";

	@Test
	void planEditorAndTimelineMidTaskInTheLightAndTheDarkTheme() throws Exception {
		var folder = Path.of(System.getProperty("pi.screenshots"));
		Files.createDirectories(folder);
		var shell = Display.getCurrent().getActiveShell() != null ? Display.getCurrent().getActiveShell()
				: AgentViewDriver.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		try (var tools = new TestTools(); var driver = new AgentViewDriver()) {
			driver.server.respondWith(request -> Reply.openAiStream("Done."));
			driver.server.enqueue(
					plan("Read the notes", "I know what they say", "Check the notes", "every note is well formed", "Delete the old notes",
							"the old notes are gone", "Write the summary", "summary.txt lists every open note", "Report",
							"the user knows what changed"),
					call("r1", TestTools.READ, Map.of()), say("The notes say: buy milk, fix the bike."),
					call("c1", TestTools.CHECK, Map.of()),
					revise("rv1", "A note has no date: fix it before writing the summary.", "s2|Check the notes",
							"Give the undated note a date", "s4|Write the summary", "u1|Write a changelog entry", "s5|Report"),
					call("c2", TestTools.CHECK, Map.of()), say("Checked: one note has no date."), say("Dated the note."),
					call("w1", TestTools.WRITE, ordered("path", "summary.txt", "text", "buy milk; fix the bike")));
			driver.chooseMode("Review plan");
			driver.send("Tidy my notes and write a summary");
			Ui.spinUntil("the plan opens", () -> PlanEditorTaskTest.editor() != null
					&& PlanEditorTaskTest.editor().header().approveButton().isEnabled()
					&& !PlanEditorTaskTest.editor().draft().plan().steps().isEmpty());
			var editor = PlanEditorTaskTest.editor();
			editor.selectStep(new StepId("s3"));
			editor.actions().skip.run();
			editor.selectStep(new StepId("s4"));
			Ui.key(editor.tree().tree(), SWT.INSERT, 0);
			var cell = AgentViewDriver.all(editor.tree().tree(), org.eclipse.swt.widgets.Text.class).stream()
					.filter(org.eclipse.swt.widgets.Text::isVisible).findFirst().orElseThrow();
			cell.setText("Write a changelog entry");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			var constraint = editor.constraints().input();
			constraint.setText("Never delete a note that is not done");
			constraint.notifyListeners(SWT.DefaultSelection, new Event());
			editor.header().reasonField().setText("Keep the old notes; log the change");
			Ui.click(editor.header().approveButton());
			Ui.spinUntil("the user's revision is logged", () -> editor.snapshot().map(snapshot -> snapshot.revisions().size()).orElse(0) >= 2);
			assertTrue(!editor.isDirty(), "the saved revision leaves the editor clean");
			Ui.spinUntil("the summary waits for approval", () -> driver.button("Approve").isPresent(), Duration.ofSeconds(40));
			editor.selectStep(new StepId("s2"));
			TimelineView.open(AgentViewDriver.page(), editor.input().session(), editor.input().task(), "call:c1");
			AgentViewDriver.page().activate(editor);
			var timeline = (TimelineView) AgentViewDriver.page().findView(TimelineView.ID);
			for (var theme : List.of("light", "dark")) {
				if (theme.equals("dark")) {
					setTheme(DARK);
				}
				Ui.spin(Duration.ofSeconds(2));
				editor.tabs().setSelection(0);
				Ui.spin(Duration.ofMillis(500));
				save(shell, folder.resolve("plan-editor-" + theme + ".png"));
				editor.tabs().setSelection(2);
				Ui.spin(Duration.ofMillis(500));
				save(editor.tabs(), folder.resolve("plan-graph-" + theme + ".png"));
				editor.tabs().setSelection(1);
				Ui.spin(Duration.ofMillis(500));
				save(editor.tabs(), folder.resolve("plan-revisions-" + theme + ".png"));
				timeline.selectEntry("call:c1");
				// GTK animates check boxes into their checked look; wait for it to end.
				Ui.spin(Duration.ofMillis(500));
				save((Control) timeline.getSite().getService(MPart.class).getWidget(), folder.resolve("timeline-" + theme + ".png"));
			}
			setTheme(LIGHT);
			driver.agent.cancel(editor.input().session());
			Ui.spinUntil("the task stops", () -> editor.snapshot().map(snapshot -> snapshot.hasEnded()).orElse(false));
		} finally {
			AgentViewDriver.page().closeAllEditors(false);
			AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
		}
		assertTrue(Files.size(folder.resolve("timeline-dark.png")) > 10_000);
	}

	private static void setTheme(String id) {
		var engine = (IThemeEngine) Display.getCurrent().getData("org.eclipse.e4.ui.css.swt.theme");
		engine.setTheme(id, false);
		Display.getCurrent().getActiveShell();
		for (var shell : Display.getCurrent().getShells()) {
			shell.notifyListeners(SWT.Settings, new Event());
			shell.redraw();
		}
	}

	private static void save(Control control, Path file) {
		var display = control.getDisplay();
		var bounds = control.getParent() == null ? control.getBounds()
				: display.map(control.getParent(), null, control.getBounds());
		bounds = bounds.intersection(new Rectangle(0, 0, 1600, 1000));
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		var loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
