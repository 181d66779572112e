package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.planning.internal.routing.ModelRouter;
import dev.piassistant.planning.internal.routing.ModelRouter.Call;

/** Cheap work goes to the small model, planning and debugging to the large one, unless the user pinned one. */
class ModelRouterTest {

	private final ModelRef chosen = new ModelRef("p", "chosen");
	private final ModelRef small = new ModelRef("local", "qwen-small");
	private final ModelRef large = new ModelRef("cloud", "big");
	private final ModelRef fallback = new ModelRef("other", "backup");
	private final Routing routing = new Routing(small, large, fallback);
	private final TaskSettings unpinned = new TaskSettings(ApprovalMode.AUTO, chosen, false, Limits.DEFAULT);

	@Test
	void aShortQuestionGoesToTheSmallModelAndARequestForWorkToTheLargeOne() {
		assertEquals(small, route(new Call(CallPurpose.ANSWER, "What does Parser.next() do?", false, false)));
		assertEquals(large, route(new Call(CallPurpose.ANSWER, "Add retries to the HTTP client and test them", false, false)));
	}

	@Test
	void readingStepsAreCheapButFixesAndDebuggingAreNot() {
		assertEquals(small, route(new Call(CallPurpose.STEP, "Read the failing test", true, false)));
		assertEquals(large, route(new Call(CallPurpose.STEP, "Fix the off-by-one in Lexer", true, false)));
		assertEquals(large, route(new Call(CallPurpose.STEP, "Read the failing test", true, true)), "after a divergence");
		assertEquals(small, route(new Call(CallPurpose.SUMMARY, "", true, false)));
	}

	@Test
	void aPinnedModelIsAlwaysUsedAndAFailedOneIsReplacedByTheFallback() {
		var pinned = new TaskSettings(ApprovalMode.AUTO, chosen, true, Limits.DEFAULT);
		assertEquals(chosen, ModelRouter.choose(pinned, routing, new Call(CallPurpose.SUMMARY, "", true, false), Set.of()));
		assertEquals(fallback, ModelRouter.choose(pinned, routing, new Call(CallPurpose.STEP, "x", true, false), Set.of(chosen)));
	}

	@Test
	void withoutRoutingEverythingGoesToTheTasksModel() {
		assertEquals(chosen, ModelRouter.choose(unpinned, Routing.NONE, new Call(CallPurpose.SUMMARY, "", true, false), Set.of()));
	}

	private ModelRef route(Call call) {
		return ModelRouter.choose(unpinned, routing, call, Set.of());
	}
}
