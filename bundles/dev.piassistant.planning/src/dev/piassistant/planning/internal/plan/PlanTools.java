package dev.piassistant.planning.internal.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.llm.ToolSpec;
import dev.piassistant.core.tool.Schema;

/**
 * The agent's own tools, as the model sees them. A plan is structured output: the model calls
 * {@code propose_plan} with steps that must fit the schema, and is told exactly what did not.
 */
public final class PlanTools {

	/** Steps in one plan, at most. */
	static final int MAX_STEPS = 30;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	public static final ToolSpec PROPOSE = new ToolSpec(AgentTools.PROPOSE_PLAN, """
			Propose the plan for a request that needs several steps (changes, investigations, anything that needs \
			more than a direct answer). Each step says what to do and what should be true afterwards. Do not use it \
			for questions you can answer directly.""", Schema.object()
			.property("steps", steps(true), true)
			.stringArray("constraints", "Rules every step must respect, if the request states any", false)
			.build());

	public static final ToolSpec REVISE = new ToolSpec(AgentTools.REVISE_PLAN, """
			Replace the remaining (unfinished) steps of the plan when a result shows that the plan no longer fits. \
			Finished steps are kept. Give your reasoning and the new remaining steps; keep a step's id to keep the step.""",
			Schema.object()
					.string("reason", "Why the plan changes: what was expected, what happened instead", true)
					.property("steps", steps(true), true)
					.build());

	private PlanTools() {
	}

	private static ObjectNode steps(boolean withChildren) {
		var step = Schema.object()
				.string("id", "The id of an existing step to keep (revise_plan only); omit for a new step", false)
				.string("description", "What to do, in one sentence", true)
				.string("expected", "What should be true when the step is done", true);
		if (withChildren) {
			step.property("children", steps(false), false);
		}
		var item = step.build();
		((ObjectNode) item.path("properties").path("description")).put("minLength", 1);
		var array = NODES.objectNode().put("type", "array").put("minItems", 1).put("maxItems", MAX_STEPS);
		array.put("description", withChildren ? "The steps in order" : "Sub-steps, in order");
		array.set("items", item);
		return array;
	}
}
