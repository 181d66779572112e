package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * The MCP servers' prompts and resources in the composer, with the reference server
 * {@code @modelcontextprotocol/server-everything} (from tests/npm/mcp) and a server that cannot start,
 * configured in the workspace's {@code .mcp.json}: {@code /} lists the prompts and sends the one chosen;
 * {@code @} attaches a resource that the model receives with its URI; the UI thread never waits on a server.
 */
@ExtendWith(FailOnLoggedErrors.class)
class McpInComposerTest {

	private static final Duration SERVERS_PATIENCE = Duration.ofSeconds(60);
	private static Path config;
	private static McpServers servers;

	private AgentViewFixture fixture;

	@BeforeAll
	static void configure() throws Exception {
		var npm = Path.of(System.getProperty("pi.npm", "pi.npm is not set: run the tests through Maven"), "mcp");
		var everything = npm.resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
		assertTrue(Files.isRegularFile(everything), "Run 'npm ci' in " + npm + " first (./pi test does)");
		config = Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(".mcp.json");
		Files.writeString(config, """
				{"mcpServers": {
				  "everything": {"command": "node", "args": ["%s"], "timeoutSeconds": 20},
				  "broken": {"command": "node", "args": ["%s"], "timeoutSeconds": 5}}}
				""".formatted(everything, npm.resolve("no-such-server.js")));
		servers = OsgiServices.await(McpServers.class, Duration.ofSeconds(20));
		servers.refresh();
	}

	@AfterAll
	static void unconfigure() throws Exception {
		Files.deleteIfExists(config);
		servers.refresh();
	}

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
	}

	@AfterEach
	void close() {
		fixture.panel().composer().input().setText("");
		fixture.close();
	}

	@Test
	void slashListsThePromptsAndSendsTheOneChosen() {
		var mcp = fixture.panel().mcp();
		try (var freezes = new UiFreezes(100)) {
			var all = proposalsOnceRead(mcp.prompts()::getProposals, "/");
			assertTrue(labels(all).contains("/everything:simple-prompt \u2013 A prompt with no arguments"), labels(all)::toString);
			assertTrue(labels(all).stream().anyMatch(label -> label.startsWith("broken: not available \u2013 ")),
					"the server that cannot start says so: " + labels(all));
			var narrowed = mcp.prompts().getProposals("/everything:simp", "/everything:simp".length());
			assertEquals(List.of("/everything:simple-prompt"), contents(narrowed), "narrowed as the user types");

			fixture.server.enqueue(Reply.openAiStream("Understood."));
			var input = fixture.panel().composer().input();
			input.setText("/everything:simp");
			mcp.accept(narrowed[0]);
			Ui.spinUntil("the prompt's answer arrives", () -> fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty(),
					SERVERS_PATIENCE);
			assertEquals("This is a simple prompt without arguments.", lastUserText(), "the prompt's message, as if typed");
			Ui.spinUntil("the composer is empty again", () -> input.getText().isEmpty());
			assertNoFreezes(freezes);
		}
	}

	@Test
	void enterChoosesTheProposedPromptInsteadOfSendingTheCommand() {
		var mcp = fixture.panel().mcp();
		proposalsOnceRead(mcp.prompts()::getProposals, "/");
		fixture.server.enqueue(Reply.openAiStream("Understood."));
		var input = fixture.panel().composer().input();
		input.setText("/everything:simple-prompt");
		input.setSelection(input.getText().length());
		var typed = new org.eclipse.swt.widgets.Event();
		typed.character = '/';
		input.notifyListeners(org.eclipse.swt.SWT.KeyDown, typed);
		Ui.spinUntil("the prompts are proposed", mcp::choosing);
		Ui.pressEnter(input);
		Ui.spinUntil("the prompt's answer arrives", () -> fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty(),
				SERVERS_PATIENCE);
		assertEquals(1, fixture.chatRequests(), "one message went: the prompt's, not the command typed");
		assertEquals("This is a simple prompt without arguments.", lastUserText());
	}

	@Test
	void aPromptTypedWithItsArgumentsRunsOnEnter() {
		var mcp = fixture.panel().mcp();
		proposalsOnceRead(mcp.prompts()::getProposals, "/");
		mcp.askArgumentsWith(asked -> {
			throw new AssertionError("the arguments were typed, nothing is asked: " + asked);
		});
		fixture.server.enqueue(Reply.openAiStream("Cloudy."));
		fixture.send("/everything:args-prompt Porto");
		Ui.spinUntil("the prompt's answer arrives", () -> fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty(),
				SERVERS_PATIENCE);
		assertEquals(1, fixture.chatRequests(), "one message went: the prompt's");
		assertEquals("What's weather in Porto?", lastUserText());
	}

	@Test
	void aPromptWithArgumentsAsksForThemFirst() {
		var mcp = fixture.panel().mcp();
		var args = Arrays.stream(proposalsOnceRead(mcp.prompts()::getProposals, "/everything:args"))
				.filter(proposal -> proposal.getContent().equals("/everything:args-prompt")).findFirst().orElseThrow();
		var prompt = (dev.piassistant.core.mcp.McpPrompt) ((McpChoice) args).target();

		var dialog = new McpPromptDialog(fixture.panel().control().getShell(), prompt);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			var ok = okButton(dialog);
			assertFalse(ok.isEnabled(), "the required city is not given yet");
			assertTrue(labelTexts(dialog).contains("city *"), "required arguments are marked: " + labelTexts(dialog));
			dialog.fields().get("city").setText("Lisbon");
			assertTrue(ok.isEnabled());
		} finally {
			dialog.close();
		}

		mcp.askArgumentsWith(asked -> Optional.of(Map.of("city", "Lisbon")));
		fixture.server.enqueue(Reply.openAiStream("Sunny."));
		fixture.panel().composer().input().setText("/everything:args");
		mcp.accept(args);
		Ui.spinUntil("the prompt's answer arrives", () -> fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty(),
				SERVERS_PATIENCE);
		assertTrue(lastUserText().contains("Lisbon"), lastUserText());
	}

	@Test
	void anAttachedResourceGoesWithItsUri() throws Exception {
		var mcp = fixture.panel().mcp();
		var input = fixture.panel().composer().input();
		try (var freezes = new UiFreezes(100)) {
			input.setText("Summarize @archi");
			input.setSelection(input.getText().length());
			var proposals = proposalsOnceRead(mcp.resources()::getProposals, input.getText());
			var uri = "demo://resource/static/document/architecture.md";
			assertEquals(List.of("everything:" + uri), contents(proposals), "the resources whose name holds what follows @");
			mcp.accept(proposals[0]);
			assertEquals("Summarize @everything:" + uri, input.getText());
			var chips = fixture.panel().composer().chips();
			Ui.spinUntil("the resource is attached", () -> {
				assertFalse(fixture.panel().statusText().contains(uri), fixture.panel().statusText());
				return chipTitles().contains("architecture.md (everything)");
			}, SERVERS_PATIENCE);
			assertTrue(chips.tokensText().matches("About \\d+ tokens will be sent with this message\\."), chips.tokensText());

			fixture.server.enqueue(Reply.openAiStream("It is layered."));
			fixture.converse(input.getText());
			var sent = lastUserText();
			var architecture = Files.readString(Path.of(System.getProperty("pi.npm"), "mcp",
					"node_modules/@modelcontextprotocol/server-everything/dist/docs/architecture.md"));
			assertTrue(sent.contains("Resource `" + uri + "` of the MCP server `everything`:\n```\n"), sent);
			assertTrue(sent.contains(architecture.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow()), sent);
			assertFalse(chipTitles().contains("architecture.md (everything)"), "attached for one message");
			assertNoFreezes(freezes);
		}
	}

	/** Asks for proposals until the servers have answered (the first ask starts reading them in a job). */
	private static IContentProposal[] proposalsOnceRead(Proposals provider, String typed) {
		var latest = new IContentProposal[][] { provider.get(typed, typed.length()) };
		Ui.spinUntil("the MCP servers' lists are read", () -> {
			latest[0] = provider.get(typed, typed.length());
			return !labels(latest[0]).stream().anyMatch(label -> label.contains("...")) && latest[0].length > 0
					&& !labels(latest[0]).stream().anyMatch(label -> label.endsWith(": starting..."));
		}, SERVERS_PATIENCE);
		return latest[0];
	}

	private interface Proposals {
		IContentProposal[] get(String contents, int position);
	}

	private static List<String> labels(IContentProposal[] proposals) {
		return Arrays.stream(proposals).map(IContentProposal::getLabel).toList();
	}

	private static List<String> contents(IContentProposal[] proposals) {
		return Arrays.stream(proposals).map(IContentProposal::getContent).toList();
	}

	private static Button okButton(McpPromptDialog dialog) {
		return descendants(dialog.getShell()).filter(Button.class::isInstance).map(Button.class::cast)
				.filter(button -> IDialogConstants.OK_LABEL.equals(button.getText())).findFirst().orElseThrow();
	}

	private static List<String> labelTexts(McpPromptDialog dialog) {
		return descendants(dialog.getShell()).filter(Label.class::isInstance).map(control -> ((Label) control).getText()).toList();
	}

	private static Stream<org.eclipse.swt.widgets.Control> descendants(org.eclipse.swt.widgets.Control control) {
		return control instanceof org.eclipse.swt.widgets.Composite composite
				? Stream.concat(Stream.of(control), Arrays.stream(composite.getChildren()).flatMap(McpInComposerTest::descendants))
				: Stream.of(control);
	}

	private void assertNoFreezes(UiFreezes freezes) {
		var ours = Stream.of("dev.piassistant.tools.mcp", "io.modelcontextprotocol", "dev.piassistant.ui.chat.internal.Mcp")
				.flatMap(prefix -> freezes.freezesIn(prefix).stream()).toList();
		assertTrue(ours.isEmpty(), "the UI thread never waits on an MCP server:\n" + UiFreezes.report(ours));
	}

	private List<String> chipTitles() {
		return fixture.panel().composer().chips().removeLinks().stream()
				.map(link -> ((Label) link.getParent().getChildren()[0]).getText()).toList();
	}

	/** What the model received as the user's last message. */
	private String lastUserText() {
		JsonNode last = null;
		for (var message : fixture.lastChatRequest().bodyJson().get("messages")) {
			if ("user".equals(message.path("role").asText())) {
				last = message;
			}
		}
		assertTrue(last != null, "a user message was sent");
		var content = last.get("content");
		return content.isTextual() ? content.asText() : content.toString();
	}
}
