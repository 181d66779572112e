package dev.piassistant.ui.diff.internal;

import java.util.concurrent.Executor;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.ReviewPresenter;

/**
 * Registers the inline review with the review service: with it present, change sets wait for the user's decisions
 * in the editors instead of being applied as the approval mode allows.
 */
@Component(service = ReviewPresenter.class)
public final class PresenterComponent implements ReviewPresenter {

	@Override
	public Executor documents() {
		return work -> {
			var display = display();
			if (display == null || display.getThread() == Thread.currentThread()) {
				work.run();
			} else {
				display.syncExec(work);
			}
		};
	}

	@Override
	public void present(ChangeReview review) {
		var display = display();
		if (display != null) {
			display.asyncExec(() -> InlineReviews.get().show(review));
		}
	}

	private static Display display() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
	}
}
