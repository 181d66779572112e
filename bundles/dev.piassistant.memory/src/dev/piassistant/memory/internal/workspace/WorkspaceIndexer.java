package dev.piassistant.memory.internal.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.MemoryIndex;

/**
 * Keeps the memory of the workspace's open projects up to date in the IDE: one background run at start-up (only
 * what changed since the last session is read), then the files each resource change touches. Only where the
 * workspace exists: the command line indexes folders itself.
 */
@Component(immediate = true)
public final class WorkspaceIndexer implements IResourceChangeListener {

	private static final System.Logger LOG = System.getLogger(WorkspaceIndexer.class.getName());

	private final IWorkspace workspace;
	private final IndexJob job;

	@Activate
	public WorkspaceIndexer(@Reference IWorkspace workspace, @Reference MemoryIndex index) {
		this.workspace = workspace;
		this.job = new IndexJob(index, this::roots);
		workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		job.all();
	}

	@Deactivate
	void deactivate() {
		workspace.removeResourceChangeListener(this);
		job.cancel();
		try {
			job.join(5_000, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		var delta = event.getDelta();
		if (delta == null) {
			return;
		}
		try {
			var changes = Changes.of(delta);
			changes.removedProjects().forEach(job::forget);
			if (changes.projects()) {
				job.all();
			}
			job.files(changes.files());
		} catch (CoreException e) {
			LOG.log(System.Logger.Level.WARNING, "A change of the workspace could not be followed; the next full run catches up", e);
		}
	}

	/** The open projects, each a root named after it. */
	List<IndexRoot> roots() {
		return Arrays.stream(workspace.getRoot().getProjects()).filter(IProject::isOpen).filter(project -> project.getLocation() != null)
				.map(project -> new IndexRoot(project.getName(), Path.of(project.getLocation().toOSString()))).toList();
	}

	/** For tests: the job, to wait for. */
	Job job() {
		return job;
	}
}
