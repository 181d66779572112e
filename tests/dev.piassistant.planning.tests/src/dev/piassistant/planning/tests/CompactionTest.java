package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.llm.PriceRule;

/** Near the context window, older turns are summarized; instructions, request and recent turns stay verbatim. */
class CompactionTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@BeforeEach
	void start() throws Exception {
		for (int i = 1; i <= 4; i++) {
			Files.writeString(fixture.folder.resolve("a" + i + ".txt"), "MARKER-" + i + " " + "filler ".repeat(600));
		}
		Files.writeString(fixture.workspace().resolve("AGENTS.md"), "Always answer in English.");
		fixture.settings.setPrices(List.of(new PriceRule("big-*", 0, 0, 3_000)));
	}

	@AfterEach
	void stop() throws Exception {
		Files.deleteIfExists(fixture.workspace().resolve("AGENTS.md"));
	}

	@Test
	void olderTurnsAreSummarizedWhileTheInstructionsTheRequestAndTheLatestTurnsStay() throws Exception {
		// The summary follows the request on the user's side: strict chat templates want them as one message.
		fixture.server.strictTemplate();
		fixture.server.enqueue(call("c1", "read_file", args("path", "a1.txt")), call("c2", "read_file", args("path", "a2.txt")),
				call("c3", "read_file", args("path", "a3.txt")), call("c4", "read_file", args("path", "a4.txt")),
				say("Read a1.txt: it holds MARKER-1 and filler."), say("All four read."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Read a1 to a4, one by one"));

		var compacted = fixture.logged(end.session(), ContextCompacted.class);
		assertEquals(1, compacted.size());
		assertEquals(2, compacted.get(0).coveredMessages(), "the first call and its result");
		assertTrue(compacted.get(0).tokensAfter() < compacted.get(0).tokensBefore(), compacted.toString());
		assertEquals(CallPurpose.SUMMARY, fixture.logged(end.session(), AssistantMessageStarted.class).get(4).purpose());

		var requests = fixture.requests();
		assertEquals(6, requests.size());
		var summaryRequest = requests.get(4);
		assertFalse(summaryRequest.has("tools"), "the summary call offers no tools");
		assertTrue(Scripts.allText(summaryRequest).contains("MARKER-1"), "the summarized part was sent to be summarized");

		var after = Scripts.allText(requests.get(5));
		assertTrue(after.contains("Summary of the earlier work") && after.contains("Read a1.txt: it holds MARKER-1"), after);
		assertFalse(after.contains("MARKER-1 filler"), "the old result itself is gone");
		assertTrue(after.contains("MARKER-2 filler") && after.contains("MARKER-4 filler"), "recent results stay verbatim");
		assertTrue(after.contains("Read a1 to a4, one by one"), "the request stays");
		assertTrue(requests.get(5).path("messages").get(0).path("content").asText().contains("Always answer in English."),
				"the pinned project instructions stay");
	}
}
