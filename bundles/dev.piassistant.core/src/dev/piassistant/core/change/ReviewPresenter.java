package dev.piassistant.core.change;

import java.util.concurrent.Executor;

/**
 * Shows reviews to a person. The IDE's diff reviewer registers one as an OSGi service; with one registered, the
 * {@link ChangeReviewService} waits for the user's decisions instead of applying what the approval mode allowed.
 */
public interface ReviewPresenter {

	/**
	 * Runs work on the files' documents where editors allow it (the display thread), and returns when it is done.
	 */
	Executor documents();

	/** A review has opened (its documents are tracked already): show it. Called on any thread. */
	void present(ChangeReview review);
}
