package dev.piassistant.ui.chat.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.ScriptedModelServer;
import dev.piassistant.ui.chat.internal.cards.Card;
import dev.piassistant.ui.chat.internal.cards.MessageCard;
import dev.piassistant.ui.chat.internal.cards.MessageView;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * The Agent view opened in the running workbench, with a scripted OpenAI-compatible server as its only
 * provider. Everything between the view and the server is the real code.
 */
final class AgentViewFixture implements AutoCloseable {

	static final String MODEL = "scripted-coder";

	final ScriptedModelServer server = ScriptedModelServer.start();
	final ProviderSettings settings = OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(20));
	final AgentService agent = OsgiServices.await(AgentService.class, Duration.ofSeconds(20));
	final String providerId = "scripted-" + UUID.randomUUID();
	AgentView view;

	AgentViewFixture() throws PartInitException {
		removeAllProviders(settings);
		useProvider(server.baseUrl() + "/v1");
		open();
		panel().newChat();
	}

	static void removeAllProviders(ProviderSettings settings) {
		settings.providers().forEach(provider -> settings.remove(provider.id()));
	}

	void useProvider(String baseUrl) {
		settings.save(new ProviderConfig(providerId, "Scripted", ProviderKind.OPENAI_COMPATIBLE, baseUrl, MODEL));
		settings.setDefaultModel(new ModelRef(providerId, MODEL));
	}

	void open() throws PartInitException {
		view = (AgentView) page().showView(AgentView.ID);
		Ui.spinUntil("the Agent view has its services", () -> view.panel().isPresent());
		Ui.spinUntil("the model picker shows the scripted provider",
				() -> panel().modelBar().selected().map(ref -> ref.providerId().equals(providerId)).orElse(false));
	}

	void hide() {
		page().hideView(view);
	}

	private static org.eclipse.ui.IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	ChatPanel panel() {
		return view.panel().orElseThrow();
	}

	/** Types a message and presses Enter. */
	void send(String text) {
		var input = panel().composer().input();
		input.setText(text);
		Ui.pressEnter(input);
	}

	void pressStop() {
		Ui.click(panel().composer().button());
	}

	List<Card<?>> cards() {
		return panel().transcript().cards();
	}

	/** The cards of one kind, in order. */
	<T> List<T> cards(Class<T> type) {
		return cards().stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T> T last(Class<T> type) {
		var all = cards(type);
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}

	/** The message bubbles (the user's and the model's), in order. */
	List<MessageView> messages() {
		return cards(MessageCard.class).stream().map(MessageCard::message).toList();
	}

	MessageView lastMessage() {
		var all = messages();
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}

	boolean idle() {
		return !panel().composer().isBusy();
	}

	/** Sends and waits until the task has ended, whichever way; returns how it ended. */
	OutcomeCard converse(String text) {
		int before = cards(OutcomeCard.class).size();
		send(text);
		Ui.spinUntil("the task ends", () -> idle() && cards(OutcomeCard.class).size() == before + 1);
		return last(OutcomeCard.class);
	}

	/** The latest chat request the server received (model listings are not chat requests). */
	RecordedRequest lastChatRequest() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
	}

	/** What the model received as the user's last message. */
	String lastUserText() {
		com.fasterxml.jackson.databind.JsonNode last = null;
		for (var message : lastChatRequest().bodyJson().get("messages")) {
			if ("user".equals(message.path("role").asText())) {
				last = message;
			}
		}
		if (last == null) {
			throw new AssertionError("no user message was sent");
		}
		var content = last.get("content");
		return content.isTextual() ? content.asText() : content.toString();
	}

	long chatRequests() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).count();
	}

	@Override
	public void close() {
		if (view != null && page().findView(AgentView.ID) != null) {
			page().hideView(view);
		}
		server.close();
		removeAllProviders(settings);
	}
}
