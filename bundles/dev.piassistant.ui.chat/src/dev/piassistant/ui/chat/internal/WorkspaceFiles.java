package dev.piassistant.ui.chat.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The workspace's files by path, for {@code #} mentions: listed once in a job, then kept in step by a resource
 * listener, so that a lookup is a scan of paths in memory, never a walk of the workspace.
 */
final class WorkspaceFiles implements IResourceChangeListener {

	/** Folders no one mentions: build output and version control. */
	private static final Set<String> SKIPPED = Set.of("bin", "target", "node_modules", ".git");

	private final Set<String> paths = ConcurrentHashMap.newKeySet();
	private final Job listing = Job.create(Messages.MentionsListing, monitor -> {
		list();
		return Status.OK_STATUS;
	});

	WorkspaceFiles() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		listing.setSystem(true);
		listing.schedule();
	}

	/** Waits for the first listing (off the UI thread only). */
	void awaitListed() throws InterruptedException {
		listing.join();
	}

	/** Paths (project first) that contain {@code typed}, ignoring case, the shortest first. */
	List<String> matching(String typed, int max) {
		var lower = typed.toLowerCase(Locale.ROOT);
		return paths.stream().filter(path -> path.toLowerCase(Locale.ROOT).contains(lower))
				.sorted(Comparator.comparingLong((String path) -> path.chars().filter(c -> c == '/').count())
						.thenComparing(Comparator.naturalOrder()))
				.limit(max).toList();
	}

	private void list() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (SKIPPED.contains(proxy.getName())) {
					return false;
				}
				if (proxy.getType() == IResource.FILE) {
					paths.add(proxy.requestFullPath().makeRelative().toString());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			// a project closed while listing: the listener hears of the rest
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		var delta = event.getDelta();
		if (delta == null) {
			return;
		}
		try {
			delta.accept(change -> {
				var resource = change.getResource();
				if (SKIPPED.contains(resource.getName())) {
					return false;
				}
				if (resource.getType() == IResource.FILE) {
					var path = resource.getFullPath().makeRelative().toString();
					if (change.getKind() == IResourceDelta.ADDED) {
						paths.add(path);
					} else if (change.getKind() == IResourceDelta.REMOVED) {
						paths.remove(path);
					}
				} else if (resource.getType() == IResource.PROJECT && change.getKind() == IResourceDelta.REMOVED) {
					var prefix = resource.getName() + "/";
					paths.removeIf(path -> path.startsWith(prefix));
				}
				return true;
			});
		} catch (CoreException e) {
			// the delta is read from memory; nothing to recover
		}
	}

	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		listing.cancel();
	}
}
