package dev.piassistant.tools.tests;

import static dev.piassistant.tools.tests.LoopRun.call;
import static dev.piassistant.tools.tests.LoopRun.say;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.testing.RecordedRequest;

/**
 * A provider's API key and a token planted in a project file never reach the model, the database or the log,
 * whichever tool reads them: the test plants both, lets the model read the file three ways, then searches every
 * request the model received and every byte of the database and the log for them.
 */
class SecretsTest {

	@Test
	void aPlantedKeyIsFoundNowhere() throws Exception {
		var apiKey = random(40);
		var token = "ghp_" + random(36);
		try (var run = new LoopRun(question -> Answer.Approve.once())) {
			run.apiKey(apiKey);
			run.file("config/app.properties", "service.url=https://api.example.com\nservice.credential=" + apiKey + "\nci.github=" + token + "\n");
			run.server.enqueue(call("c1", "read_file", "path", run.folder + "/config/app.properties"),
					call("c2", "search", "query", "credential", "path", run.folder),
					call("c3", "shell", "command", "cat config/app.properties", "cwd", run.folder),
					say("The service is configured."));

			assertInstanceOf(TaskCompleted.class, run.run("How is the service configured?"));

			var toModel = run.server.requests().stream().map(RecordedRequest::body).reduce("", String::concat);
			assertTrue(toModel.contains("service.url=https://api.example.com") && toModel.contains("[secret removed]"),
					"the model saw the file, without its secrets");
			assertFalse(toModel.contains(apiKey), "the API key reached the model");
			assertFalse(toModel.contains(token), "the token reached the model");
			var audit = Held.service(AuditTrail.class).exportJson(AuditFilter.ALL);
			assertFalse(audit.contains(apiKey) || audit.contains(token), "a secret is in the audit trail");
			var metadata = LoopRun.workspace().resolve(".metadata");
			try (Stream<Path> files = Files.walk(metadata)) {
				for (var file : files.filter(Files::isRegularFile).toList()) {
					var bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
					assertFalse(bytes.contains(apiKey) || bytes.contains(token), "a secret is in " + metadata.relativize(file));
				}
			}
		}
	}

	private static String random(int length) {
		var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		var random = new SecureRandom();
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(letters.charAt(random.nextInt(letters.length())));
		}
		return text.toString();
	}
}
