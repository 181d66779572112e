package dev.piassistant.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanDiff;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** What a user sees between two plan revisions: added, removed, moved and changed steps. */
class PlanDiffTest {

	private static final Plan BEFORE = new Plan(List.of(Step.of("s1", "Read the parser", "Know how it works"),
			Step.of("s2", "Fix the off-by-one", "Tests pass"), Step.of("s3", "Run the tests", "All green"),
			Step.of("s4", "Update the changelog", "Entry added")));

	@Test
	void identicalPlansDifferInNothingEvenWhenStepsRan() {
		var ran = BEFORE.with(new StepId("s1"), step -> step.withState(StepState.DONE));
		assertTrue(PlanDiff.between(BEFORE, ran).isEmpty());
	}

	@Test
	void addedRemovedAndChangedStepsAreNamed() {
		var after = new Plan(List.of(BEFORE.steps().get(0), Step.of("s2", "Fix the off-by-one in Lexer", "Tests pass"),
				Step.of("s5", "Add a regression test", "It fails before the fix"), BEFORE.steps().get(2)));
		var diff = PlanDiff.between(BEFORE, after);
		assertEquals(List.of(id("s5")), diff.added());
		assertEquals(List.of(id("s4")), diff.removed());
		assertEquals(List.of(id("s2")), diff.changed());
		assertEquals(List.of(), diff.moved(), "inserting a step moves no other step");
	}

	@Test
	void movingOneStepMarksOnlyThatStep() {
		var steps = BEFORE.steps();
		var after = new Plan(List.of(steps.get(3), steps.get(0), steps.get(1), steps.get(2)));
		assertEquals(List.of(id("s4")), PlanDiff.between(BEFORE, after).moved());
	}

	@Test
	void aStepPutIntoAGroupHasMovedAndTheGroupIsNew() {
		var group = Step.of("s6", "Repair", "").withChildren(List.of(BEFORE.steps().get(1), BEFORE.steps().get(2)));
		var after = new Plan(List.of(BEFORE.steps().get(0), group, BEFORE.steps().get(3)));
		var diff = PlanDiff.between(BEFORE, after);
		assertEquals(List.of(id("s6")), diff.added());
		assertEquals(List.of(id("s2"), id("s3")), diff.moved());
	}

	@Test
	void flagsAndExpectationsCountAsChanges() {
		var after = BEFORE.with(id("s3"), step -> step.withFlags(Set.of(StepFlag.ASK_FIRST)))
				.with(id("s4"), step -> new Step(step.id(), step.description(), "Entry added under Unreleased", step.state(),
						step.flags(), step.dependsOn(), step.toolCalls(), step.children()));
		assertEquals(List.of(id("s3"), id("s4")), PlanDiff.between(BEFORE, after).changed());
	}

	private static StepId id(String value) {
		return new StepId(value);
	}
}
