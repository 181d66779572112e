package dev.piassistant.memory.internal.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.MemoryIndex;

/**
 * Brings the memory in step with the workspace, in the background: a full run when projects come or go (only changed
 * files are read), else just the files edited since the last run. Edits arriving while it runs are collected and
 * taken by the next run, a short delay after the last one, so a burst of saves costs one run. Cancelling it leaves
 * a consistent index; what it did not reach is taken by the next run.
 */
final class IndexJob extends Job {

	/** How long edits are collected before a run starts. */
	static final long DELAY_MILLIS = 500;

	private final MemoryIndex index;
	private final Supplier<List<IndexRoot>> roots;
	private final Set<Path> files = new LinkedHashSet<>();
	private final Set<String> forgotten = new LinkedHashSet<>();
	private boolean everything;

	IndexJob(MemoryIndex index, Supplier<List<IndexRoot>> roots) {
		super(Messages.IndexJob_name);
		this.index = index;
		this.roots = roots;
		setPriority(DECORATE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return MemoryIndex.JOB_FAMILY.equals(family);
	}

	/** Asks for a full run (the first one, or after projects changed). */
	synchronized void all() {
		everything = true;
		schedule(DELAY_MILLIS);
	}

	/** Asks for these files to be indexed again (or removed, when they no longer exist). */
	synchronized void files(List<Path> changed) {
		if (changed.isEmpty()) {
			return;
		}
		files.addAll(changed);
		schedule(DELAY_MILLIS);
	}

	/** Asks for a deleted project's memory to be removed. */
	synchronized void forget(String project) {
		forgotten.add(project);
		schedule(DELAY_MILLIS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		boolean full;
		List<Path> changed;
		List<String> gone;
		synchronized (this) {
			full = everything;
			changed = new ArrayList<>(files);
			gone = new ArrayList<>(forgotten);
			everything = false;
			files.clear();
			forgotten.clear();
		}
		try {
			gone.forEach(index::forget);
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.IndexJob_failed, e.getMessage()), e);
		}
		if (!full && changed.isEmpty()) {
			return Status.OK_STATUS;
		}
		setName(full ? Messages.IndexJob_name : Messages.IndexJob_updating);
		try {
			var progress = new ProgressMonitor(monitor);
			var report = full ? index.index(roots.get(), progress) : index.update(roots.get(), changed, progress);
			if (report.cancelled()) {
				requeue(full, changed);
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.IndexJob_failed, e.getMessage()), e);
		}
	}

	/** What a cancelled run did not finish is left for the next one, which starts with the next edit or start-up. */
	private synchronized void requeue(boolean full, List<Path> changed) {
		everything |= full;
		files.addAll(changed);
	}
}
