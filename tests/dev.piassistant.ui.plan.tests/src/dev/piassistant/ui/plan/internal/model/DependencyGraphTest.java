package dev.piassistant.ui.plan.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** What each step waits for, and the longest chain of unfinished steps: what completion waits for. */
class DependencyGraphTest {

	private static Step step(String id, StepState state, String... dependsOn) {
		return new Step(new StepId(id), "Do " + id, "", state, Set.of(), List.of(dependsOn).stream().map(StepId::new).toList(), List.of(),
				List.of());
	}

	private static List<String> ids(List<StepId> ids) {
		return ids.stream().map(StepId::value).toList();
	}

	@Test
	void withoutDependenciesEachStepWaitsForTheOneBeforeAndEveryUnfinishedStepIsCritical() {
		var graph = DependencyGraph.of(new Plan(List.of(step("s1", StepState.DONE), step("s2", StepState.RUNNING), step("s3", StepState.PENDING))));
		assertEquals(List.of(0, 1, 2), graph.nodes().stream().map(DependencyGraph.Node::layer).toList());
		assertEquals(List.of("s2", "s3"), ids(graph.criticalPath()));
	}

	@Test
	void stepsThatDependOnTheSameStepShareALayerAndTheLongerBranchIsCritical() {
		var plan = new Plan(List.of(step("s1", StepState.PENDING), step("s2", StepState.PENDING, "s1"), step("s3", StepState.PENDING, "s1"),
				step("s4", StepState.PENDING, "s3")));
		var graph = DependencyGraph.of(plan);
		assertEquals(List.of(0, 1, 1, 2), graph.nodes().stream().map(DependencyGraph.Node::layer).toList());
		assertEquals(List.of("s1", "s3", "s4"), ids(graph.criticalPath()));
		assertEquals(2, graph.edges().stream().filter(DependencyGraph.Edge::critical).count());
	}

	@Test
	void aFinishedPlanHasNoCriticalPath() {
		var graph = DependencyGraph.of(new Plan(List.of(step("s1", StepState.DONE), step("s2", StepState.SKIPPED))));
		assertEquals(List.of(), graph.criticalPath());
	}
}
