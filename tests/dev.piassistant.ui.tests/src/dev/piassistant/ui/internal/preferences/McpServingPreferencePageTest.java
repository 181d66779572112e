package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.ui.internal.mcp.ServingPreferences;
import dev.piassistant.ui.internal.mcp.ServingToken;

/**
 * Serving over MCP, turned on from its page: the IDE listens on the loopback interface at the address the page
 * shows, answers a client with the token shown (and kept in a file only the user can read), refuses one without
 * it, and stops listening when turned off; a command the permissions would ask about runs only once the user
 * lets clients run programs without asking.
 */
class McpServingPreferencePageTest {

	private static final String INITIALIZE = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {"
			+ "\"protocolVersion\": \"2025-03-26\", \"capabilities\": {}, \"clientInfo\": {\"name\": \"test\", \"version\": \"1\"}}}";

	private final PreferencePages pages = new PreferencePages();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeEach
	@AfterEach
	void off() throws Exception {
		pages.close();
		ServingPreferences.set(false, ServingPreferences.ANY_PORT);
	}

	@Test
	void turnedOnItServesWithTheTokenShownAndTurnedOffItStops() throws Exception {
		var page = pages.open(McpServingPreferencePage.ID, McpServingPreferencePage.class);
		PreferencePages.waitFor(() -> page.statusText().equals("Not serving."));
		var token = ServingToken.get();
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ServingToken.file())));

		page.enabledButton().setSelection(true);
		assertTrue(page.performOk());
		PreferencePages.waitFor(() -> page.statusText().startsWith("Listening at http://127.0.0.1:"));
		var url = page.statusText().substring("Listening at ".length());
		assertTrue(page.snippetText().contains("\"url\": \"" + url + "\"") && page.snippetText().contains("\"Authorization\": \"Bearer " + token + "\""),
				page.snippetText());

		assertEquals(401, post(url, null).statusCode(), "no token, no answer");
		var answer = post(url, token);
		assertEquals(200, answer.statusCode(), answer.body());
		assertTrue(answer.body().contains("\"name\":\"pi-assistant\""), answer.body());

		page.enabledButton().setSelection(false);
		assertTrue(page.performOk());
		PreferencePages.waitFor(() -> page.statusText().equals("Not serving."));
		assertThrows(IOException.class, () -> post(url, token), "nothing listens any more");
	}

	@Test
	void commandsTheUserLetsClientsRunWithoutAskingRunOthersAreRefused() throws Exception {
		// A port of its own, so that the address stays when the serving restarts with the new grants.
		try (var free = new java.net.ServerSocket(0)) {
			ServingPreferences.set(false, free.getLocalPort());
		}
		var page = pages.open(McpServingPreferencePage.ID, McpServingPreferencePage.class);
		PreferencePages.waitFor(() -> page.statusText().equals("Not serving."));
		var token = ServingToken.get();
		page.enabledButton().setSelection(true);
		assertTrue(page.performOk());
		PreferencePages.waitFor(() -> page.statusText().startsWith("Listening at http://127.0.0.1:"));
		var url = page.statusText().substring("Listening at ".length());
		// The shell works out the product, so it shows in the answer only if the command ran.
		var marker = "served-" + System.nanoTime();
		var command = "echo $((6*7))-" + marker;
		var refused = post(url, token, shell(command)).body();
		assertTrue(refused.contains("nobody can answer over MCP") && refused.contains("Serving over MCP"), refused);
		assertFalse(refused.contains("42-" + marker), "the command did not run: " + refused);

		page.grantButton(Risk.EXECUTE).setSelection(true);
		assertTrue(page.performOk());
		assertEquals(Set.of(Risk.EXECUTE), ServingPreferences.allowed());
		PreferencePages.waitFor(() -> {
			try {
				return post(url, token, shell(command)).body().contains("42-" + marker);
			} catch (IOException e) {
				return false; // restarting on the same port
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		});
	}

	private static String shell(String command) {
		return "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"tools/call\", \"params\": {\"name\": \"shell\", "
				+ "\"arguments\": {\"command\": \"" + command + "\"}}}";
	}

	private HttpResponse<String> post(String url, String token) throws IOException, InterruptedException {
		return post(url, token, INITIALIZE);
	}

	private HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
				.header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
