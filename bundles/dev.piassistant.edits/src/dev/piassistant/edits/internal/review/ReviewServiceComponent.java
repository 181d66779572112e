package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.ReviewListener;
import dev.piassistant.core.change.ReviewOutcome;
import dev.piassistant.core.change.ReviewPresenter;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.event.ChangesProposed;
import dev.piassistant.core.event.ChangesReviewed;
import dev.piassistant.core.tool.ToolContext;

/**
 * The review service: with a presenter (the IDE) each change set is reviewed by the user in the files' shared
 * documents; without one (the command line) what the approval let through is applied, hunk by hunk, where the file
 * on disk still has the lines the hunk was proposed against.
 */
@Component(service = ChangeReviewService.class)
public final class ReviewServiceComponent implements ChangeReviewService {

	private static final System.Logger LOG = System.getLogger(ReviewServiceComponent.class.getName());
	/** Ended reviews are kept for the task diff, up to this many. */
	private static final int KEPT = 500;

	private final List<Review> reviews = new CopyOnWriteArrayList<>();
	private final List<ReviewListener> listeners = new CopyOnWriteArrayList<>();
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile ReviewPresenter presenter;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile Checkpoints checkpoints;

	@Override
	public ReviewOutcome review(ChangeSet changes, ToolContext context) throws InterruptedException {
		context.record(new ChangesProposed(changes.session(), java.time.Instant.now(), changes.task(), changes.callId(),
				changes.id(), changes.description(), changes.summary()));
		var checkpoint = ReviewCheckpoint.take(checkpoints, changes, context);
		var shown = presenter;
		ReviewOutcome outcome;
		try {
			outcome = shown == null ? headless(changes, context) : presented(changes, context, shown);
		} catch (IOException e) {
			throw new ReviewFailedException(e.getMessage(), e);
		} finally {
			checkpoint.written();
		}
		context.record(new ChangesReviewed(changes.session(), java.time.Instant.now(), changes.task(), changes.callId(),
				changes.id(), outcome.hunks(), outcome.withdrawn()));
		return outcome;
	}

	private ReviewOutcome headless(ChangeSet changes, ToolContext context) throws IOException, InterruptedException {
		var review = Review.open(changes, new DiskFiles(context.workspace()), Runnable::run, this::fire);
		keep(review);
		review.acceptAll(null);
		review.end(false);
		return await(review);
	}

	private ReviewOutcome presented(ChangeSet changes, ToolContext context, ReviewPresenter shown)
			throws IOException, InterruptedException {
		var review = Review.open(changes, new BufferFiles(context.workspace()), shown.documents(), this::fire);
		keep(review);
		fire(review);
		context.onCancel(() -> review.end(true));
		try {
			shown.present(review);
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "The review could not be shown", e);
		}
		return await(review);
	}

	private static ReviewOutcome await(Review review) throws IOException, InterruptedException {
		try {
			return review.outcome().get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
		}
	}

	private void keep(Review review) {
		reviews.add(review);
		while (reviews.size() > KEPT) {
			reviews.stream().filter(Review::isEnded).findFirst().ifPresentOrElse(reviews::remove, () -> reviews.remove(0));
		}
	}

	private void fire(Review review) {
		for (var listener : listeners) {
			try {
				listener.changed(review);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A review listener failed", e);
			}
		}
	}

	@Override
	public List<ChangeReview> open() {
		return new ArrayList<>(reviews.stream().filter(review -> !review.isEnded()).toList());
	}

	@Override
	public List<ChangeReview> ofTask(TaskId task) {
		return new ArrayList<>(reviews.stream().filter(review -> review.changes().task().equals(task)).toList());
	}

	@Override
	public Optional<ChangeReview> find(ChangeSetId id) {
		return reviews.stream().filter(review -> review.changes().id().equals(id)).map(ChangeReview.class::cast).findFirst();
	}

	@Override
	public void addListener(ReviewListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(ReviewListener listener) {
		listeners.remove(listener);
	}
}
