package dev.piassistant.ui.plan.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** The plan as the user edits it: every edit undoable, started steps fixed, the agent's states kept live. */
class PlanDraftTest {

	private static final StepId S1 = new StepId("s1");
	private static final StepId S2 = new StepId("s2");
	private static final StepId S3 = new StepId("s3");

	private static Plan plan() {
		return new Plan(List.of(Step.of("s1", "Read", "known"), Step.of("s2", "Write", "written"), Step.of("s3", "Test", "green")));
	}

	private static List<String> ids(PlanDraft draft) {
		return draft.plan().all().stream().map(step -> step.id().value()).toList();
	}

	@Test
	void editsAreUndoneAndRedoneAndTheDraftIsCleanWhenItMatchesTheAgentsPlan() {
		var draft = new PlanDraft();
		draft.follow(plan());
		assertFalse(draft.isDirty());
		assertTrue(draft.move(S3, -1));
		assertTrue(draft.flag(S1, StepFlag.SKIP, true));
		var added = draft.add(S3, "Document", "");
		assertEquals(List.of("s1", "s3", "u1", "s2"), ids(draft));
		assertEquals(new StepId("u1"), added);
		assertTrue(draft.isDirty());
		draft.undo();
		draft.undo();
		draft.undo();
		assertEquals(List.of("s1", "s2", "s3"), ids(draft));
		assertFalse(draft.isDirty(), "back where the agent's plan is");
		draft.redo();
		assertEquals(List.of("s1", "s3", "s2"), ids(draft));
		assertTrue(draft.addConstraint("  no network  "));
		assertEquals(List.of("no network"), draft.plan().constraints());
	}

	@Test
	void stepsIndentIntoTheStepBeforeAndOutdentAfterTheirGroup() {
		var draft = new PlanDraft();
		draft.follow(plan());
		assertTrue(draft.indent(S2));
		assertEquals(List.of(S2), draft.plan().find(S1).orElseThrow().children().stream().map(Step::id).toList());
		assertTrue(draft.moveTo(S3, S1, PlanDraft.Drop.INTO));
		assertEquals(List.of("s1", "s2", "s3"), ids(draft));
		assertFalse(draft.moveTo(S1, S2, PlanDraft.Drop.INTO), "a group cannot go inside itself");
		assertTrue(draft.outdent(S2));
		assertEquals(List.of("s1", "s3", "s2"), ids(draft));
		assertEquals(List.of(S3), draft.plan().find(S1).orElseThrow().children().stream().map(Step::id).toList());
	}

	@Test
	void startedStepsAreFixedAndLiveStatesReachAnEditedDraft() {
		var draft = new PlanDraft();
		draft.follow(plan().with(S1, step -> step.withState(StepState.DONE)).with(S2, step -> step.withState(StepState.RUNNING)));
		assertFalse(draft.remove(S1));
		assertFalse(draft.move(S2, 1));
		assertFalse(draft.edit(S2, "Write more", ""));
		assertTrue(draft.edit(S3, "Test all", "all green"));
		draft.follow(plan().with(S1, step -> step.withState(StepState.DONE)).with(S2, step -> step.withState(StepState.DONE)));
		assertTrue(draft.isDirty(), "the user's edit is kept");
		assertEquals("Test all", draft.plan().find(S3).orElseThrow().description());
		assertEquals(StepState.DONE, draft.plan().find(S2).orElseThrow().state(), "with the agent's live state");
	}

	@Test
	void dependenciesThatWouldMakeAStepWaitForItselfAreRefused() {
		var draft = new PlanDraft();
		draft.follow(plan());
		assertTrue(draft.dependOn(S1, List.of(S3)));
		assertFalse(draft.dependOn(S3, List.of(S1)), "s1 waits for s3 already");
		assertTrue(draft.remove(S3));
		assertEquals(List.of(), draft.plan().find(S1).orElseThrow().dependsOn(), "a removed step is no one's dependency");
	}

	@Test
	void newStepsNeverReuseAnIdOfAnEarlierRevision() {
		var draft = new PlanDraft();
		draft.knowIds(new Plan(List.of(new Step(new StepId("u4"), "Old", "", StepState.PENDING, Set.of(), List.of(), List.of(), List.of()))));
		draft.follow(plan());
		assertEquals(new StepId("u5"), draft.add(null, "New", ""));
	}
}
