package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.mcp.McpServerState.Status;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.testing.OsgiServices;

/**
 * The MCP Servers page against the real MCP service and a real server process configured in the user's
 * {@code mcp.json}: listed before it starts, started by a job from the page, its tools and log shown.
 */
class McpServersPreferencePageTest {

	private final PreferencePages pages = new PreferencePages();
	private final McpServers servers = OsgiServices.await(McpServers.class, Duration.ofSeconds(20));
	private final Path file = PiHome.directory().resolve("mcp.json");

	@BeforeEach
	void configure() throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{\"mcpServers\": {\"bad\": {\"command\": \"node\", \"args\": [\"" + script() + "\"]}}}");
		servers.refresh();
	}

	@AfterEach
	void clean() throws Exception {
		pages.close();
		Files.deleteIfExists(file);
		servers.refresh();
	}

	@Test
	void showsEachServersStateToolsAndLog() {
		var page = pages.open(McpServersPreferencePage.ID, McpServersPreferencePage.class);
		assertEquals("bad", page.shown().get(0).name());
		assertTrue(page.shown().get(0).source().endsWith("mcp.json"));

		PreferencePages.press(page, "Start");
		PreferencePages.waitFor(() -> !page.shown().isEmpty() && page.shown().get(0).status() == Status.RUNNING);
		page.select("bad");
		assertTrue(page.detailsText().contains("Tools: bad__echo, bad__crash, bad__hang, bad__garble, bad__big"), page.detailsText());
		assertTrue(page.detailsText().contains("Reached by: node "), page.detailsText());
	}

	@Test
	void theUsersOwnServersAreAddedAndRemovedThroughTheirMcpJson() throws Exception {
		var page = pages.open(McpServersPreferencePage.ID, McpServersPreferencePage.class);
		var display = Display.getCurrent();
		display.asyncExec(() -> fillDialog(display, "Add an MCP Server", "node\n--no-warnings\n" + script()));
		PreferencePages.press(page, "Add...");

		PreferencePages.waitFor(() -> page.shown().stream().anyMatch(server -> server.name().equals("mine") && server.status() == Status.RUNNING));
		var json = Files.readString(file);
		assertTrue(json.contains("\"bad\"") && json.contains("\"mine\"") && json.contains("\"--no-warnings\""), json);
		assertTrue(json.contains("\"KEY\" : \"${TOKEN}\""), "variables are kept as typed: " + json);

		page.select("mine");
		PreferencePages.press(page, "Remove");
		PreferencePages.waitFor(() -> page.shown().stream().noneMatch(server -> server.name().equals("mine")));
		assertFalse(Files.readString(file).contains("\"mine\""), Files.readString(file));
		assertTrue(Files.readString(file).contains("\"bad\""), "the other server is kept");
	}

	private static Path script() {
		return Path.of(System.getProperty("pi.npm"), "mcp", "servers", "misbehaving-server.js");
	}

	/** Fills the dialog as a user would: name, program, arguments one per line, a variable; then OK. */
	private static void fillDialog(Display display, String title, String commandAndArguments) {
		var shell = Arrays.stream(display.getShells()).filter(candidate -> candidate.getText().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no dialog " + title));
		var lines = commandAndArguments.split("\n", 2);
		type(shell, "Name:", "mine");
		type(shell, "Command:", lines[0]);
		type(shell, "Arguments", lines[1]);
		type(shell, "Environment", "KEY=${TOKEN}");
		var ok = PreferencePages.find(shell, "OK");
		assertTrue(ok.isEnabled(), "OK is enabled for a complete server");
		ok.notifyListeners(SWT.Selection, new Event());
	}

	/** Types into the field that follows the label starting with the caption. */
	private static void type(Composite parent, String caption, String value) {
		var children = parent.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof Label label && label.getText().replace("&", "").startsWith(caption)
					&& children[i + 1] instanceof Text text) {
				text.setText(value);
				return;
			}
			if (children[i] instanceof Composite composite && !(children[i] instanceof Text)) {
				type(composite, caption, value);
			}
		}
	}
}
