package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.ui.internal.mcp.ServingPreferences;
import dev.piassistant.ui.internal.mcp.ServingToken;

/**
 * Serving over MCP, turned on from its page: the IDE listens on the loopback interface at the address the page
 * shows, answers a client with the token shown (and kept in a file only the user can read), refuses one without
 * it, and stops listening when turned off.
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

	private HttpResponse<String> post(String url, String token) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
				.header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
