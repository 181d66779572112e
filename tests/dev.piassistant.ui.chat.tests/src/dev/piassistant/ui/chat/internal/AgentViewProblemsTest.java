package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.NoticeCard;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * Every way the provider can fail shows a clear message in the view, loses nothing already said, and
 * leaves the view usable: each test starts with a good exchange and ends with another one.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgentViewProblemsTest {

	private AgentViewFixture fixture;
	private Responsiveness probe;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		probe = new Responsiveness(Display.getCurrent());
		fixture.server.enqueue(Reply.openAiStream("An earlier answer."));
		fixture.converse("An earlier question");
	}

	@AfterEach
	void close() {
		probe.close();
		fixture.close();
	}

	/**
	 * Sends a message that fails; checks the earlier exchange is intact and the view still works. Returns
	 * how the failed task ended, which explains the problem.
	 */
	private OutcomeCard failingTurn(String prompt) {
		var failed = fixture.converse(prompt);
		assertEquals("An earlier answer.", fixture.messages().get(1).text(), "the earlier answer is still there");
		assertEquals(prompt, fixture.messages().get(2).text(), "the user's message is kept");
		assertTrue(fixture.panel().statusText().startsWith("The last task failed"), fixture.panel().statusText());
		fixture.useProvider(fixture.server.baseUrl() + "/v1");
		Ui.spinUntil("the provider is picked up", () -> fixture.panel().modelBar().selected().isPresent());
		fixture.server.enqueue(Reply.openAiStream("Working again."));
		fixture.converse("Try once more");
		assertEquals("Working again.", fixture.lastMessage().text(), "the view still works");
		assertTrue(probe.worstWait().toMillis() < 500, "the UI stayed responsive: " + probe.report());
		return failed;
	}

	private static void assertProblem(OutcomeCard outcome, String... expected) {
		for (var text : expected) {
			assertTrue(outcome.problemText().contains(text), "'" + text + "' in: " + outcome.problemText());
		}
	}

	@Test
	void aServerThatIsNotRunning() throws Exception {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		fixture.useProvider("http://127.0.0.1:" + port + "/v1");
		var failed = failingTurn("Are you there?");
		assertProblem(failed, "Cannot reach the model server at http://127.0.0.1:" + port, "connection refused", "Providers");
	}

	@Test
	void aRejectedApiKey() {
		fixture.server.enqueue(Reply.unauthorized());
		assertProblem(failingTurn("hello"), "refused the API key (HTTP 401)", "Check the API key");
	}

	@Test
	void throttlingWithAShortWaitIsRetriedAndAnswered() {
		fixture.server.enqueue(Reply.rateLimited(1), Reply.openAiStream("Answer after the wait."));
		fixture.send("Busy?");
		Ui.spinUntil("the view says it will retry", () -> fixture.last(NoticeCard.class) != null
				&& fixture.last(NoticeCard.class).text().contains("Retrying in 1 s"));
		Ui.spinUntil("the answer arrives", () -> fixture.idle() && fixture.last(OutcomeCard.class) != null);
		assertEquals("Answer after the wait.", fixture.lastMessage().text());
		assertEquals("", fixture.last(OutcomeCard.class).problemText());
	}

	@Test
	void throttlingWithALongWaitIsExplained() {
		fixture.server.enqueue(Reply.rateLimited(120));
		assertProblem(failingTurn("Busy?"), "rate limiting", "retry after 120 s", "Send again in 120 s");
	}

	@Test
	void aServerError() {
		fixture.server.enqueue(Reply.openAiError(500, "server_error", "internal", "model crashed"));
		assertProblem(failingTurn("Crash?"), "failed (HTTP 500)", "model crashed");
	}

	@Test
	void aMalformedStreamKeepsWhatArrived() {
		fixture.server.enqueue(Reply.malformedStream("The first ", "half"));
		var failed = failingTurn("Stream something");
		assertEquals("The first half", fixture.messages().get(3).text(), "what arrived is kept");
		assertProblem(failed, "could not be read");
	}

	@Test
	void aTruncatedStreamKeepsWhatArrived() {
		fixture.server.enqueue(Reply.truncatedStream("Cut ", "short"));
		var failed = failingTurn("Stream something");
		assertEquals("Cut short", fixture.messages().get(3).text(), "what arrived is kept");
		assertProblem(failed, "could not be read", "broke off");
	}

	@Test
	void anEmptyMessageIsNotSent() {
		long before = fixture.chatRequests();
		fixture.send("   \n  ");
		Ui.spin(Duration.ofMillis(300));
		assertEquals(Messages.EmptyPrompt, fixture.panel().statusText());
		assertEquals(2, fixture.messages().size(), "nothing was added to the conversation");
		assertEquals(before, fixture.chatRequests(), "nothing was sent to the provider");
		assertTrue(fixture.idle());
	}
}
