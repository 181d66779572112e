package dev.piassistant.memory.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Loads the keyword index in the background once the memory starts, and again after a root is forgotten, so that
 * the next search does not wait for it (some seconds at 100,000 chunks).
 */
public final class Warmup extends Job {

	/** The job family, for tests that wait for the load. */
	public static final Object FAMILY = Warmup.class;

	/** Leaves the IDE's own start the machine first. */
	static final long DELAY_MILLIS = 2_000;

	private final Indexing indexing;

	Warmup(Indexing indexing) {
		super("Pi Assistant memory: keyword index");
		this.indexing = indexing;
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			indexing.keywords();
		} catch (RuntimeException e) {
			// Nothing is lost: the first search loads the index itself and reports what stands in its way.
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
