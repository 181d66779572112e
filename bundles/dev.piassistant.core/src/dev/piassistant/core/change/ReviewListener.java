package dev.piassistant.core.change;

/** Hears about reviews: called on the thread that made the change. */
@FunctionalInterface
public interface ReviewListener {

	/** A review opened, a hunk of it changed state or place, or it ended. */
	void changed(ChangeReview review);
}
