package dev.piassistant.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** The order steps run in, and how groups follow their children. */
class PlanTest {

	private final Step build = Step.of("s1", "Build", "");
	private final Step group = Step.of("s2", "Check", "")
			.withChildren(List.of(Step.of("s3", "Unit tests", ""), Step.of("s4", "Integration tests", "")));
	private final Plan plan = new Plan(List.of(build, group, Step.of("s5", "Report", "")));

	@Test
	void leavesRunDepthFirstInOrder() {
		assertEquals(List.of("s1", "s3", "s4", "s5"), plan.leaves().stream().map(step -> step.id().value()).toList());
		assertEquals("s1", plan.next().orElseThrow().id().value());
	}

	@Test
	void aGroupIsRunningWhileAChildRunsAndDoneWhenAllAre() {
		var running = plan.with(id("s1"), step -> step.withState(StepState.DONE)).with(id("s3"),
				step -> step.withState(StepState.RUNNING));
		assertEquals(StepState.RUNNING, running.find(id("s2")).orElseThrow().state());
		var done = running.with(id("s3"), step -> step.withState(StepState.DONE)).with(id("s4"),
				step -> step.withState(StepState.SKIPPED));
		assertEquals(StepState.DONE, done.find(id("s2")).orElseThrow().state());
		assertEquals(3, done.finishedCount());
		assertFalse(done.isFinished());
		assertEquals("s5", done.next().orElseThrow().id().value());
	}

	@Test
	void aStepWaitsForItsDependencies() {
		var report = new Step(id("s5"), "Report", "", StepState.PENDING, Set.of(), List.of(id("s4")), List.of(), List.of());
		var waiting = new Plan(List.of(group, report)).with(id("s3"), step -> step.withState(StepState.DONE));
		assertEquals("s4", waiting.next().orElseThrow().id().value());
		var unblocked = waiting.with(id("s4"), step -> step.withState(StepState.FAILED));
		assertEquals("s5", unblocked.next().orElseThrow().id().value());
		assertTrue(unblocked.with(id("s5"), step -> step.withState(StepState.DONE)).isFinished());
	}

	private static StepId id(String value) {
		return new StepId(value);
	}
}
