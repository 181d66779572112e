package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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

import dev.piassistant.testing.Reply;

/**
 * Takes the README's pictures of the Agent view at its default width, in the light and the dark theme: an
 * answer with a table and a coloured code block, and the composer with the editor's file and selection as
 * chips. {@code -Dpi.screenshots=<folder>} (see releng/screenshot/chat.sh); skipped otherwise.
 */
@EnabledIfSystemProperty(named = "pi.screenshots", matches = ".+")
class Screenshots {

	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";
	private static final String ANSWER = """
			`greet` joins ~~two~~ these parts:

			| Part | Value |
			|------|-------|
			| prefix | `"Hello, "` |
			| name | the argument |

			```java
			String farewell(String name) {
			    // the counterpart of greet
			    return "Bye, " + name;
			}
			```
			""";

	@Test
	void agentViewInTheLightAndTheDarkTheme() throws Exception {
		var folder = Path.of(System.getProperty("pi.screenshots"));
		Files.createDirectories(folder);
		var shell = JavaEditorFile.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		var page = JavaEditorFile.page();
		var previous = page.getPerspective();
		// The Pi IDE's perspective, where the Agent view sits at the right beside the editor.
		page.setPerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId("org.eclipse.jdt.ui.JavaPerspective"));
		try (var fixture = new AgentViewFixture(); var java = new JavaEditorFile()) {
			fixture.server.enqueue(Reply.openAiStream(ANSWER));
			java.select("String greet", "name;\n\t}");
			JavaEditorFile.page().activate(fixture.view);
			fixture.converse("What does greet do?");
			java.select("return", "name;");
			JavaEditorFile.page().activate(fixture.view);
			fixture.panel().composer().input().setText("Can it greet in French too?");
			for (var theme : List.of("light", "dark")) {
				if (theme.equals("dark")) {
					setTheme(DARK);
					// Drawn anew, as after a restart in that theme: colours are picked when a card is made.
					fixture.hide();
					Ui.spin(Duration.ofMillis(500));
					fixture.open();
					Ui.spinUntil("the chat is back", () -> fixture.lastMessage() != null && !fixture.lastMessage().codeBlocks().isEmpty());
				}
				Ui.spin(Duration.ofSeconds(2));
				var part = (Control) fixture.view.getSite().getService(MPart.class).getWidget();
				fixture.panel().transcript().scrollToEnd();
				Ui.spin(Duration.ofMillis(500));
				save(part, folder.resolve("agent-view-" + theme + ".png"));
			}
			setTheme(LIGHT);
			fixture.panel().composer().input().setText("");
		} finally {
			page.setPerspective(previous);
		}
		assertTrue(Files.size(folder.resolve("agent-view-dark.png")) > 10_000);
	}

	private static void setTheme(String id) {
		var engine = (IThemeEngine) Display.getCurrent().getData("org.eclipse.e4.ui.css.swt.theme");
		engine.setTheme(id, false);
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
