package dev.piassistant.core.change;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.tool.ToolContext;

/**
 * Has change sets reviewed. The agent's file tools hand theirs over and wait for the outcome, which they tell the
 * model. With a {@link ReviewPresenter} registered (the IDE), the user decides hunk by hunk in the editor; without
 * one (the command line), the tool call was already approved by the approval mode or the user's flags, so every
 * hunk whose lines are still as proposed on disk is applied and the others are left out as stale.
 */
public interface ChangeReviewService {

	/**
	 * Reviews a change set and waits until every hunk is decided, or the task is stopped (then the hunks not
	 * decided yet are left out and the outcome says it was withdrawn). Nothing is written before the review
	 * decides it.
	 */
	ReviewOutcome review(ChangeSet changes, ToolContext context) throws InterruptedException;

	/** Reviews waiting for the user, the oldest first. */
	List<ChangeReview> open();

	/** The reviews of a task in this run of the IDE, ended or not, in the order they were proposed. */
	List<ChangeReview> ofTask(TaskId task);

	Optional<ChangeReview> find(ChangeSetId id);

	/** Hears when reviews open, change and end. */
	void addListener(ReviewListener listener);

	void removeListener(ReviewListener listener);
}
