package dev.piassistant.ui.chat.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.TokenUsage;

/**
 * Turns a session's events into messages on the transcript. History and live updates go through the same
 * code, so a reopened chat looks exactly as it did.
 */
final class TranscriptRenderer {

	/** What the renderer needs from the panel around it. */
	interface Host {
		void sendAgain(String prompt);

		void openProviders();
	}

	private final Transcript transcript;
	private final Host host;
	private final Map<MessageId, String> prompts = new HashMap<>();
	private final Map<MessageId, String> questionOf = new HashMap<>();
	private final Map<MessageId, String> modelOf = new HashMap<>();
	private final Set<MessageId> open = new LinkedHashSet<>();
	private long sessionTokens;

	TranscriptRenderer(Transcript transcript, Host host) {
		this.transcript = transcript;
		this.host = host;
	}

	void clear() {
		transcript.clear();
		prompts.clear();
		questionOf.clear();
		modelOf.clear();
		open.clear();
		sessionTokens = 0;
	}

	long sessionTokens() {
		return sessionTokens;
	}

	/** Answers that started but never ended (the IDE closed mid-answer), other than one still running. */
	void markInterrupted(MessageId stillRunning) {
		for (var id : open) {
			if (!id.equals(stillRunning)) {
				transcript.get(id).setFooter(Messages.Interrupted);
			}
		}
		open.removeIf(id -> !id.equals(stillRunning));
	}

	void apply(AgentEvent event) {
		if (event instanceof UserMessageSent sent) {
			prompts.put(sent.message(), sent.text());
			transcript.add(sent.message(), MessageView.Author.USER, Messages.You).setText(sent.text());
		} else if (event instanceof AssistantMessageStarted started) {
			started(started);
		} else if (event instanceof AssistantRetryScheduled retry) {
			withView(retry.message(), view -> view.setFooter(NLS.bind(Messages.Retrying,
					new Object[] { retry.cause().message(), retry.delaySeconds(), retry.attempt() })));
		} else if (event instanceof AssistantMessageEnded ended) {
			open.remove(ended.message());
			withView(ended.message(), view -> ended(view, ended));
		}
	}

	private void started(AssistantMessageStarted started) {
		open.add(started.message());
		questionOf.put(started.message(), prompts.getOrDefault(started.replyTo(), ""));
		modelOf.put(started.message(), started.model().model());
		transcript.add(started.message(), MessageView.Author.ASSISTANT, Messages.Assistant + " \u00b7 " + started.model().model());
	}

	private void ended(MessageView view, AssistantMessageEnded ended) {
		view.setText(ended.text().isEmpty() && ended instanceof AssistantMessageCompleted ? Messages.EmptyAnswer : ended.text());
		view.setFooter("");
		if (ended instanceof AssistantMessageCompleted completed) {
			view.setFooter(tokens(modelOf.getOrDefault(completed.message(), ""), completed.usage()));
			sessionTokens += Math.max(0, completed.usage().inputTokens()) + Math.max(0, completed.usage().outputTokens());
		} else if (ended instanceof AssistantMessageCancelled) {
			view.setFooter(Messages.Stopped);
		} else if (ended instanceof AssistantMessageFailed failed) {
			var prompt = questionOf.getOrDefault(failed.message(), "");
			view.showProblem(failed.error().message(), failed.error().hint(), () -> host.sendAgain(prompt),
					needsSettings(failed.error()) ? host::openProviders : null);
		}
	}

	/** Shows the latest text of an answer still streaming. */
	void streaming(MessageId message, String text) {
		withView(message, view -> view.setText(text));
	}

	private void withView(MessageId id, Consumer<MessageView> action) {
		var view = transcript.get(id);
		if (view != null) {
			action.accept(view);
		}
	}

	private static String tokens(String model, TokenUsage usage) {
		if (!usage.isKnown()) {
			return model;
		}
		return NLS.bind(Messages.Tokens, new Object[] { model, count(usage.inputTokens()), count(usage.outputTokens()) });
	}

	private static String count(int tokens) {
		return tokens < 0 ? "?" : String.format("%,d", tokens);
	}

	private static boolean needsSettings(ProviderError error) {
		return error instanceof ProviderError.Unreachable || error instanceof ProviderError.Unauthorized
				|| error instanceof ProviderError.NotConfigured || error instanceof ProviderError.ModelNotFound;
	}
}
