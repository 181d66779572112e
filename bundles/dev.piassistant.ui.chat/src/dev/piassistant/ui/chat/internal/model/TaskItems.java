package dev.piassistant.ui.chat.internal.model;

import java.util.Optional;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.CallSnapshot;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/**
 * Puts a task's plan, tool-call, approval and pause items as its snapshot and record say they are now.
 * Run after each of the task's events, so new items are appended in the order their events came.
 */
final class TaskItems {

	private final Items items;
	private final TaskRecord record;
	private final TaskSnapshot snapshot;
	private final boolean live;

	private TaskItems(Items items, TaskRecord record, TaskSnapshot snapshot, boolean live) {
		this.items = items;
		this.record = record;
		this.snapshot = snapshot;
		this.live = live;
	}

	/**
	 * @param live whether the task runs now, so that its open question can be answered
	 */
	static void refresh(Items items, TaskRecord record, TaskSnapshot snapshot, boolean live) {
		var refresher = new TaskItems(items, record, snapshot, live);
		refresher.plans();
		refresher.calls();
		refresher.approvals();
		refresher.pauses();
	}

	private Optional<Question> openQuestion() {
		return live ? snapshot.open() : Optional.empty();
	}

	private boolean isOpen(QuestionId question) {
		return openQuestion().map(Question::question).filter(question::equals).isPresent();
	}

	private void plans() {
		var revisions = snapshot.revisions();
		for (int i = 0; i < revisions.size(); i++) {
			var revision = revisions.get(i);
			var current = i == revisions.size() - 1;
			items.put(plan(revision, current ? snapshot.plan() : revision.plan(), current), snapshot.task());
		}
	}

	private PlanItem plan(PlanRevision revision, Plan plan, boolean current) {
		var review = openQuestion().filter(PlanReviewRequested.class::isInstance).map(PlanReviewRequested.class::cast)
				.filter(question -> question.revision() == revision.number()).map(PlanReviewRequested::question).orElse(null);
		var asked = record.reviews.get(revision.number());
		return new PlanItem(snapshot.task(), revision, plan, current, review, asked == null ? null : record.answer(asked),
				record.estimate);
	}

	private void calls() {
		for (var call : snapshot.calls().values()) {
			if (!AgentTools.isOwn(call.call().name())) {
				items.put(new ToolCallItem(snapshot.task(), call.step(), call.call(), call.risk(), state(call),
						call.ended().orElse(null), record.undoableCalls.contains(call.call().id())), snapshot.task());
			}
		}
	}

	private ToolCallItem.State state(CallSnapshot call) {
		if (call.ended().isPresent()) {
			return ToolCallItem.State.ENDED;
		}
		if (!live || record.interruptedCalls.contains(call.call().id())) {
			return ToolCallItem.State.INTERRUPTED;
		}
		var waiting = record.approvals.values().stream()
				.anyMatch(approval -> approval.call().id().equals(call.call().id()) && isOpen(approval.question()));
		return waiting ? ToolCallItem.State.AWAITING_APPROVAL : ToolCallItem.State.RUNNING;
	}

	private void approvals() {
		for (var approval : record.approvals.values()) {
			items.put(new ApprovalItem(snapshot.task(), approval.question(), approval.call(), approval.risk(), approval.rule(),
					isOpen(approval.question()), record.answer(approval.question())), snapshot.task());
		}
	}

	private void pauses() {
		for (var pause : record.pauses.values()) {
			items.put(new PauseItem(snapshot.task(), pause.question(), pause.reason(), stepName(pause),
					isOpen(pause.question()), record.answer(pause.question())), snapshot.task());
		}
	}

	private String stepName(TaskPaused pause) {
		var reason = pause.reason();
		StepId step = reason instanceof PauseReason.NoProgress stuck ? stuck.step()
				: reason instanceof PauseReason.AskFirst ask ? ask.step() : null;
		return step == null ? "" : snapshot.plan().find(step).map(Step::description).orElse("");
	}
}
