package dev.piassistant.planning.internal.loop;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.json.JsonArguments;
import dev.piassistant.planning.internal.plan.PlanEdits;
import dev.piassistant.planning.internal.plan.PlanTools;
import dev.piassistant.planning.internal.plan.StepIds;

/**
 * Runs the agent's own planning tools: a valid proposal or revision becomes a plan revision; anything else is
 * refused with exactly what was wrong, so the model can try again.
 */
final class PlanCalls {

	private static final Judgement PLANNED = new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, "");

	private PlanCalls() {
	}

	static void run(TaskContext context, TaskFacts facts, ToolCall call, @Nullable StepId step) {
		var proposing = call.name().equals(AgentTools.PROPOSE_PLAN);
		var spec = proposing ? PlanTools.PROPOSE : PlanTools.REVISE;
		var snapshot = facts.snapshot();
		if (proposing && snapshot.hasPlan()) {
			end(context, call, step, CallOutcome.INVALID, "A plan exists already (revision " + snapshot.revisions().size()
					+ "). Call " + AgentTools.REVISE_PLAN + " to change it.");
			return;
		}
		if (!proposing && !snapshot.hasPlan()) {
			end(context, call, step, CallOutcome.INVALID, "There is no plan to revise. Call " + AgentTools.PROPOSE_PLAN + " first.");
			return;
		}
		var parsed = JsonArguments.parse(call.arguments(), spec.parameters());
		if (parsed instanceof JsonArguments.Invalid invalid) {
			end(context, call, step, CallOutcome.INVALID, Prompts.invalid(call.name(), invalid.describe()));
			return;
		}
		var arguments = ((JsonArguments.Valid) parsed).value();
		var ids = new StepIds(snapshot.revisions());
		var number = snapshot.revisions().size() + 1;
		Plan plan;
		String reason;
		if (proposing) {
			plan = PlanEdits.proposed(arguments, ids);
			reason = "";
		} else {
			plan = PlanEdits.revised(snapshot.plan(), arguments, ids);
			reason = arguments.path("reason").asText();
		}
		context.recorder.record(new PlanRevised(context.session, context.recorder.now(), context.task,
				new PlanRevision(number, PlanAuthor.AGENT, reason, plan)));
		end(context, call, step, CallOutcome.COMPLETED, Prompts.planRecorded(plan, number));
	}

	private static void end(TaskContext context, ToolCall call, @Nullable StepId step, CallOutcome outcome, String text) {
		var result = outcome == CallOutcome.COMPLETED ? ToolResult.ok(text) : ToolResult.error(text);
		context.recorder.record(new ToolCallEnded(context.session, context.recorder.now(), context.task, step, call.id(),
				call.name(), outcome, result, 0, PLANNED));
	}
}
