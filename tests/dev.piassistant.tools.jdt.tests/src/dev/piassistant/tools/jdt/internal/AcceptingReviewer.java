package dev.piassistant.tools.jdt.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewPresenter;

/**
 * A user who accepts every hunk, one by one, in the files' documents: registered as the review presenter, so the real
 * review service waits for these decisions as it waits for the IDE's diff reviewer.
 */
final class AcceptingReviewer implements ReviewPresenter, AutoCloseable {

	final AtomicInteger accepted = new AtomicInteger();
	private final ExecutorService documents = Executors.newSingleThreadExecutor();
	private final ServiceRegistration<ReviewPresenter> registration;

	AcceptingReviewer() {
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
				if (hunk.state() == HunkState.PENDING) {
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
