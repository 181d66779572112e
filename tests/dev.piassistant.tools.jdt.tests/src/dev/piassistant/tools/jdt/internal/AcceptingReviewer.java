package dev.piassistant.tools.jdt.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewPresenter;

/**
 * A user who accepts every hunk, one by one, in the files' documents (or rejects those of the files it is told to):
 * registered as the review presenter, so the real review service waits for these decisions as it waits for the IDE's
 * diff reviewer.
 */
final class AcceptingReviewer implements ReviewPresenter, AutoCloseable {

	final AtomicInteger accepted = new AtomicInteger();
	final AtomicInteger rejected = new AtomicInteger();
	private final Predicate<String> rejects;
	private final ExecutorService documents = Executors.newSingleThreadExecutor();
	private final ServiceRegistration<ReviewPresenter> registration;

	AcceptingReviewer() {
		this(path -> false);
	}

	/** Rejects the hunks of the files whose path the predicate matches, with a reason. */
	AcceptingReviewer(Predicate<String> rejects) {
		this.rejects = rejects;
		registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(ReviewPresenter.class, this, null);
	}

	@Override
	public Executor documents() {
		return documents;
	}

	@Override
	public void present(ChangeReview review) {
		documents.execute(() -> {
			for (var hunk : review.hunks()) {
				if (hunk.state() == HunkState.PENDING && rejects.test(hunk.ref().path())) {
					review.reject(hunk.ref(), "not in this file");
					rejected.incrementAndGet();
				} else if (hunk.state() == HunkState.PENDING) {
					review.accept(hunk.ref());
					accepted.incrementAndGet();
				}
			}
		});
	}

	@Override
	public void close() {
		registration.unregister();
		documents.shutdown();
	}
}
