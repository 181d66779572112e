package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.planning.internal.plan.PlanEdits;
import dev.piassistant.planning.internal.plan.StepIds;

/** Plans from the model's structured output, and revisions that keep what already ran. */
class PlanEditsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void aProposalGetsFreshIdsDepthFirst() throws Exception {
		var plan = PlanEdits.proposed(JSON.readTree("""
				{"steps":[{"description":"Investigate","expected":"Cause known",
				  "children":[{"description":"Read logs","expected":"Error found"},{"description":"Reproduce","expected":"Fails"}]},
				 {"description":"Fix","expected":"Passes"}],
				 "constraints":["Do not touch the API"]}"""), new StepIds(List.of()));
		assertEquals(List.of("s1", "s2", "s3", "s4"), plan.all().stream().map(step -> step.id().value()).toList());
		assertEquals(List.of("Do not touch the API"), plan.constraints());
	}

	@Test
	void aRevisionKeepsFinishedStepsAndTheRunningOneItNamesAndNeverReusesIds() throws Exception {
		var current = new Plan(List.of(Step.of("s1", "Read", "").withState(StepState.DONE),
				Step.of("s2", "Fix", "").withState(StepState.RUNNING), Step.of("s3", "Test", "")));
		var revisions = List.of(new PlanRevision(1, PlanAuthor.AGENT, "", current));
		var revised = PlanEdits.revised(current, JSON.readTree("""
				{"reason":"r","steps":[{"id":"s2","description":"Fix the lexer","expected":"ok"},
				 {"id":"s1","description":"Read again","expected":""},{"description":"Test","expected":"green"}]}"""),
				new StepIds(revisions));
		assertEquals(List.of("s1", "s2", "s4", "s5"), revised.all().stream().map(step -> step.id().value()).toList());
		assertEquals(StepState.DONE, revised.find(new StepId("s1")).orElseThrow().state());
		assertEquals(StepState.RUNNING, revised.find(new StepId("s2")).orElseThrow().state());
		assertEquals("Fix the lexer", revised.find(new StepId("s2")).orElseThrow().description());
		assertEquals("Read again", revised.find(new StepId("s4")).orElseThrow().description(), "a finished step is not re-opened");
	}

	@Test
	void theUsersPlanKeepsTheStatesOfStepsThatRan() {
		var current = new Plan(List.of(Step.of("s1", "Read", "").withState(StepState.DONE), Step.of("s2", "Fix", "")));
		var edited = new Plan(List.of(Step.of("s1", "Read it", "").withState(StepState.PENDING), Step.of("s9", "New", "")
				.withState(StepState.DONE)));
		var merged = PlanEdits.fromUser(current, edited);
		assertEquals(StepState.DONE, merged.find(new StepId("s1")).orElseThrow().state());
		assertEquals(StepState.PENDING, merged.find(new StepId("s9")).orElseThrow().state(), "a new step cannot start out done");
		assertEquals("Read it", merged.find(new StepId("s1")).orElseThrow().description());
	}
}
