package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * An answer of tables and coloured code blocks streaming at about 5,000 tokens a second: the platform's UI
 * monitoring sees no UI-thread event of the Agent view's take 100 ms or more.
 */
@ExtendWith(FailOnLoggedErrors.class)
class StreamingStallTest {

	/** A section as models write them: prose, a table, a code block (about 110 tokens). */
	private static final String SECTION = """
			Step %d compares the options:

			| Option | Cost | Notes |
			|--------|-----:|-------|
			| ~~old~~ | 12 | slow |
			| new | 3 | **fast** |

			```java
			public int step%d(int value) {
			    // doubles the value
			    return value * 2 + %d;
			}
			```

			""";
	/**
	 * Characters per chunk, one chunk a millisecond as the server is asked: 30 tokens (4 characters each), so
	 * that even where a millisecond's sleep takes five, more than 5,000 tokens a second arrive.
	 */
	private static final int CHUNK = 120;

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void theUiThreadNeverStallsWhileTablesAndCodeStreamAtFiveThousandTokensASecond() {
		var answer = new StringBuilder();
		for (int i = 1; answer.length() < 16_000; i++) {
			answer.append(SECTION.formatted(i, i, i));
		}
		var chunks = new ArrayList<String>();
		for (int i = 0; i < answer.length(); i += CHUNK) {
			chunks.add(answer.substring(i, Math.min(answer.length(), i + CHUNK)));
		}
		fixture.server.enqueue(Reply.openAiStream(chunks.toArray(String[]::new)).delay(Duration.ofMillis(1)));
		long started;
		long ended;
		try (var freezes = new UiFreezes(100)) {
			started = System.nanoTime();
			fixture.send("Compare the options, step by step.");
			var streamed = new long[1];
			Ui.spinUntil("the answer completes", () -> {
				if (streamed[0] == 0 && fixture.chatRequests() > 0 && fixture.lastChatRequest().exchange().replyCompleted()) {
					streamed[0] = System.nanoTime(); // the server sent the last chunk
				}
				return fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty();
			}, Duration.ofSeconds(90));
			ended = streamed[0] == 0 ? System.nanoTime() : streamed[0];
			var all = freezes.freezes();
			var worst = all.stream().mapToLong(freeze -> freeze.getTotalDuration()).max().orElse(0);
			var seconds = (ended - started) / 1e9;
			// The server is asked for 30 tokens a millisecond; how fast they come depends on the machine's load.
			System.out.printf("Streamed %d tokens in %.1f s (%.0f tokens/s, %d code blocks); shown %.1f s after sending; "
					+ "UI-thread events over 100 ms: %d, worst %d ms%n%s%n", answer.length() / 4, seconds, answer.length() / 4 / seconds,
					fixture.lastMessage().codeBlocks().size(), (System.nanoTime() - started) / 1e9, all.size(), worst,
					UiFreezes.report(all));
			var ours = freezes.freezesIn("dev.piassistant.ui");
			assertTrue(ours.isEmpty(), "no UI-thread event over 100 ms in Pi Assistant's code while the answer streamed:\n"
					+ UiFreezes.report(ours));
		}
		assertEquals(answer.toString(), fixture.lastMessage().text(), "the whole answer arrived");
		assertTrue(fixture.lastMessage().codeBlocks().size() > 50, "every section's code block is shown");
	}
}
