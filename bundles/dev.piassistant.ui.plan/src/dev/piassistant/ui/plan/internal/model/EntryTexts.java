package dev.piassistant.ui.plan.internal.model;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.text.PauseReasonText;
import dev.piassistant.ui.text.ProviderErrorText;
import dev.piassistant.ui.text.SpendText;

/** The full input and output of timeline entries, as the details pane shows them. */
final class EntryTexts {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private EntryTexts() {
	}

	/** Tool arguments indented for reading; as the model wrote them when they are not JSON. */
	static String arguments(String json) {
		try {
			return JSON.writeValueAsString(JSON.readTree(json));
		} catch (JsonProcessingException e) {
			return json;
		}
	}

	static String modelInput(AssistantMessageStarted started) {
		return NLS.bind(Messages.Timeline_modelInput, new Object[] { started.model().model(),
				Messages.of("Purpose_", started.purpose()), started.step() == null ? "-" : started.step() });
	}

	static String modelOutput(AssistantMessageEnded ended) {
		var text = new StringBuilder(ended.text());
		if (ended instanceof AssistantMessageCompleted completed) {
			for (ToolCall call : completed.toolCalls()) {
				text.append(text.length() == 0 ? "" : "\n").append(NLS.bind(Messages.Timeline_askedFor, call.name(), call.arguments()));
			}
			var usage = completed.usage();
			if (usage.isKnown()) {
				text.append("\n\n").append(NLS.bind(Messages.Timeline_tokens, SpendText.count(Math.max(0, usage.inputTokens())),
						SpendText.count(Math.max(0, usage.outputTokens()))));
			}
		} else if (ended instanceof AssistantMessageFailed failed) {
			text.append(text.length() == 0 ? "" : "\n\n").append(ProviderErrorText.message(failed.error()));
		}
		return text.toString();
	}

	static String callOutput(ToolCallEnded ended, String answer) {
		var text = new StringBuilder(ended.result().output());
		if (ended.result().exitCode() != null) {
			text.append("\n\n").append(NLS.bind(Messages.Timeline_exitCode, ended.result().exitCode()));
		}
		if (!ended.judgement().detail().isBlank() || ended.judgement().diverged()) {
			text.append("\n\n").append(NLS.bind(Messages.Timeline_judgement, Messages.of("Verdict_", ended.judgement().verdict()),
					ended.judgement().detail()));
		}
		if (!answer.isBlank()) {
			text.append("\n\n").append(answer);
		}
		return text.toString();
	}

	static String answer(Answer answer) {
		if (answer instanceof Answer.Approve approve) {
			return NLS.bind(Messages.Timeline_approved, Messages.of("Scope_", approve.scope()));
		}
		if (answer instanceof Answer.Deny deny) {
			return deny.note().isBlank() ? Messages.Timeline_denied : NLS.bind(Messages.Timeline_deniedNote, deny.note());
		}
		if (answer instanceof Answer.Proceed proceed) {
			return proceed.guidance().isBlank() ? Messages.Timeline_proceeded : NLS.bind(Messages.Timeline_proceededNote, proceed.guidance());
		}
		return Messages.Timeline_stopped;
	}

	static String pause(TaskPaused paused) {
		return PauseReasonText.message(paused.reason());
	}

	static @Nullable StepId stepOf(PauseReason reason) {
		if (reason instanceof PauseReason.AskFirst ask) {
			return ask.step();
		}
		return reason instanceof PauseReason.NoProgress noProgress ? noProgress.step() : null;
	}

	static EntryStatus status(CallOutcome outcome) {
		return switch (outcome) {
		case COMPLETED -> EntryStatus.DONE;
		case FAILED -> EntryStatus.FAILED;
		case INVALID -> EntryStatus.INVALID;
		case DENIED -> EntryStatus.DENIED;
		case CANCELLED -> EntryStatus.CANCELLED;
		case INTERRUPTED -> EntryStatus.INTERRUPTED;
		};
	}
}
