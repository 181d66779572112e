package dev.piassistant.planning.internal.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatMessage;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.ToolResultMessage;
import dev.piassistant.core.llm.UserMessage;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;

/**
 * What the model is told, rebuilt from the log every time: earlier exchanges of the session (each as its
 * question and final answer), then the current task in full (its request, the model's turns, tool results,
 * step instructions, the user's guidance), with the oldest part replaced by a summary once compacted. Since
 * nothing but the log is read, a resumed task sees exactly what the interrupted one saw.
 */
public final class Conversation {

	/** One message of the current task; {@code boundary} tells whether older messages may be cut off before it. */
	public record Entry(ChatMessage message, boolean boundary) {
	}

	private final List<ChatMessage> earlier;
	private final ChatMessage request;
	private final List<Entry> entries;
	private final int covered;
	private final String summary;

	private Conversation(List<ChatMessage> earlier, ChatMessage request, List<Entry> entries, int covered, String summary) {
		this.earlier = earlier;
		this.request = request;
		this.entries = entries;
		this.covered = covered;
		this.summary = summary;
	}

	/** The conversation of {@code task} in a session's events. */
	public static Conversation of(List<AgentEvent> events, TaskId task) {
		return of(events, task, TaskProjection.of(events));
	}

	/** The same, with the session's tasks already projected from those events. */
	public static Conversation of(List<AgentEvent> events, TaskId task, List<TaskSnapshot> tasks) {
		var current = tasks.stream().filter(snapshot -> snapshot.task().equals(task)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no task " + task + " in the log"));
		var builder = new TaskEntries(task);
		events.forEach(builder::apply);
		return new Conversation(earlier(events, tasks, current), new UserMessage(current.prompt()), builder.entries(),
				builder.covered, builder.summary);
	}

	/**
	 * The messages to send: instructions, earlier exchanges, the request and the task so far, with user and
	 * assistant turns alternating as every chat template accepts.
	 */
	public List<ChatMessage> messages(String systemPrompt) {
		var messages = new ArrayList<ChatMessage>();
		messages.add(new SystemMessage(systemPrompt));
		messages.addAll(earlier);
		messages.add(request);
		if (covered > 0) {
			messages.add(new UserMessage(Prompts.summaryOf(summary)));
		}
		entries.stream().skip(covered).map(Entry::message).forEach(messages::add);
		return WellFormed.of(messages);
	}

	/** The task's messages after the request, the summarized ones included. */
	public List<Entry> entries() {
		return entries;
	}

	/** How many of the oldest entries the latest summary replaces. */
	public int covered() {
		return covered;
	}

	public String summary() {
		return summary;
	}

	/**
	 * Earlier tasks as question and answer; exchanges from before tasks existed as they were. A task that
	 * was stopped, failed or cut off answers with the text the user saw of it; one that ended so before the
	 * model wrote anything is left out (the user sees it, the model does not), so that a question sent again is not
	 * there twice and no two questions follow each other.
	 */
	private static List<ChatMessage> earlier(List<AgentEvent> events, List<TaskSnapshot> tasks, TaskSnapshot current) {
		var messages = new ArrayList<ChatMessage>();
		var requests = new HashMap<MessageId, TaskSnapshot>();
		tasks.forEach(snapshot -> requests.put(snapshot.request(), snapshot));
		var shown = shownAnswers(events);
		var legacyAnswers = new HashSet<MessageId>();
		for (var event : events) {
			if (event instanceof UserMessageSent sent) {
				var owner = requests.get(sent.message());
				if (owner != null && owner.task().equals(current.task())) {
					break;
				}
				var answer = owner == null ? "" : answer(owner, shown);
				if (owner == null || !answer.isBlank()) {
					messages.add(new UserMessage(sent.text()));
				}
				if (!answer.isBlank()) {
					messages.add(AssistantMessage.text(answer));
				}
			} else if (event instanceof AssistantMessageStarted started && started.task() == null) {
				legacyAnswers.add(started.message());
			} else if (event instanceof AssistantMessageEnded ended && legacyAnswers.contains(ended.message())
					&& !ended.text().isBlank()) {
				messages.add(AssistantMessage.text(ended.text()));
			}
		}
		return messages;
	}

	/** What the task answered; a task that did its work without a word still answered. */
	private static String answer(TaskSnapshot task, Map<TaskId, String> shown) {
		if (!task.lastText().isBlank()) {
			return task.lastText();
		}
		var partial = shown.getOrDefault(task.task(), "");
		var completed = task.ending().filter(TaskCompleted.class::isInstance).isPresent();
		return partial.isBlank() && completed ? "(no answer)" : partial;
	}

	/** The last text each task showed the user as an answer, however the answer ended (stopped, cut off). */
	private static Map<TaskId, String> shownAnswers(List<AgentEvent> events) {
		var owners = new HashMap<MessageId, TaskId>();
		var shown = new HashMap<TaskId, String>();
		for (var event : events) {
			if (event instanceof AssistantMessageStarted started && started.task() != null
					&& (started.purpose() == CallPurpose.ANSWER || started.purpose() == CallPurpose.STEP)) {
				owners.put(started.message(), started.task());
			} else if (event instanceof AssistantMessageEnded ended && owners.containsKey(ended.message())
					&& !ended.text().isBlank()) {
				shown.put(owners.get(ended.message()), ended.text());
			}
		}
		return shown;
	}

	/** Walks the log and collects the entries of one task. */
	private static final class TaskEntries {

		private final TaskId task;
		private final List<Entry> entries = new ArrayList<>();
		private final Map<MessageId, AssistantMessageStarted> turns = new HashMap<>();
		private final Set<String> outstanding = new LinkedHashSet<>();
		private final List<ChatMessage> deferred = new ArrayList<>();
		private final Map<dev.piassistant.core.QuestionId, TaskPaused> pauses = new HashMap<>();
		private Plan plan = Plan.EMPTY;
		private int covered;
		private String summary = "";

		TaskEntries(TaskId task) {
			this.task = task;
		}

		void apply(AgentEvent event) {
			if (event instanceof AssistantMessageStarted started && task.equals(started.task())) {
				turns.put(started.message(), started);
			} else if (event instanceof AssistantMessageCompleted completed && isConversationTurn(completed.message())) {
				turn(completed);
			} else if (event instanceof dev.piassistant.core.event.TaskEvent taskEvent && taskEvent.task().equals(task)) {
				taskEvent(taskEvent);
			}
		}

		private boolean isConversationTurn(MessageId message) {
			var started = turns.get(message);
			return started != null && (started.purpose() == CallPurpose.ANSWER || started.purpose() == CallPurpose.STEP);
		}

		private void turn(AssistantMessageCompleted completed) {
			if (completed.text().isBlank() && completed.toolCalls().isEmpty()) {
				return;
			}
			add(new AssistantMessage(completed.text(), "", completed.toolCalls()));
			completed.toolCalls().forEach(call -> outstanding.add(call.id()));
		}

		private void taskEvent(dev.piassistant.core.event.TaskEvent event) {
			if (event instanceof PlanRevised revised) {
				plan = revised.revision().plan();
				if (revised.revision().author() == PlanAuthor.USER) {
					say(Prompts.userRevisedPlan(revised.revision().reason()));
				}
			} else if (event instanceof StepStarted started) {
				plan.find(started.step()).ifPresent(step -> say(Prompts.step(step)));
			} else if (event instanceof ToolCallEnded ended) {
				result(ended);
			} else if (event instanceof TaskPaused paused) {
				pauses.put(paused.question(), paused);
			} else if (event instanceof QuestionAnswered answered && pauses.containsKey(answered.question())
					&& answered.answer() instanceof Answer.Proceed proceed && !proceed.guidance().isBlank()) {
				say(Prompts.userGuidance(proceed.guidance()));
			} else if (event instanceof ContextCompacted compacted) {
				covered = Math.min(compacted.coveredMessages(), entries.size());
				summary = compacted.summary();
			}
		}

		private void result(ToolCallEnded ended) {
			if (!outstanding.remove(ended.callId())) {
				return;
			}
			var content = ended.result().output();
			if (ended.judgement().diverged() && ended.step() != null) {
				var step = plan.find(ended.step());
				if (step.isPresent()) {
					content += Prompts.diverged(step.get(), ended.judgement().detail());
				}
			}
			entries.add(new Entry(new ToolResultMessage(ended.callId(), ended.toolName(), content, ended.result().isError()), false));
			if (outstanding.isEmpty()) {
				deferred.forEach(this::add);
				deferred.clear();
			}
		}

		/** A message from the agent's side; held back while tool results are due, since they must come first. */
		private void say(String text) {
			var message = new UserMessage(text);
			if (outstanding.isEmpty()) {
				add(message);
			} else {
				deferred.add(message);
			}
		}

		private void add(ChatMessage message) {
			entries.add(new Entry(message, true));
		}

		List<Entry> entries() {
			var all = new ArrayList<>(entries);
			deferred.forEach(message -> all.add(new Entry(message, true)));
			return all;
		}
	}
}
