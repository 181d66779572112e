package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
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
		var script = Path.of(System.getProperty("pi.npm"), "mcp", "servers", "misbehaving-server.js");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{\"mcpServers\": {\"bad\": {\"command\": \"node\", \"args\": [\"" + script + "\"]}}}");
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
		waitFor(() -> !page.shown().isEmpty() && page.shown().get(0).status() == Status.RUNNING);
		page.select("bad");
		assertTrue(page.detailsText().contains("Tools: bad__echo, bad__crash, bad__hang, bad__garble, bad__big"), page.detailsText());
		assertTrue(page.detailsText().contains("Reached by: node "), page.detailsText());
	}

	private static void waitFor(BooleanSupplier condition) {
		var display = Display.getCurrent();
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not in 20 s");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted");
				}
			}
		}
	}
}
