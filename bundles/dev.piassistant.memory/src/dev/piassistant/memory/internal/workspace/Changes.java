package dev.piassistant.memory.internal.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

import dev.piassistant.memory.internal.index.FileKind;

/**
 * What a resource change means for the memory: files to index again or remove (a move is both), whether projects
 * came, went, opened or closed, which calls for a full run, and the projects deleted, whose memory goes with them.
 */
record Changes(List<Path> files, boolean projects, List<String> removedProjects) {

	/** Content, a replacement or a move: the changes of a file that alter what it says. */
	private static final int CONTENT = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
			| IResourceDelta.MOVED_TO;

	static Changes of(IResourceDelta delta) throws CoreException {
		var files = new ArrayList<Path>();
		var projects = new boolean[1];
		var removed = new ArrayList<String>();
		delta.accept(each -> {
			var resource = each.getResource();
			switch (resource.getType()) {
			case IResource.PROJECT:
				if (each.getKind() == IResourceDelta.REMOVED) {
					removed.add(resource.getName());
				}
				if (each.getKind() != IResourceDelta.CHANGED || (each.getFlags() & IResourceDelta.OPEN) != 0) {
					projects[0] = true;
					return false;
				}
				return true;
			case IResource.FOLDER:
				if (!FileKind.walks(resource.getName())) {
					return false;
				}
				if (each.getKind() == IResourceDelta.REMOVED) {
					location(each).ifPresent(files::add);
					return false;
				}
				return true;
			case IResource.FILE:
				if (FileKind.of(resource.getName()) != null
						&& (each.getKind() != IResourceDelta.CHANGED || (each.getFlags() & CONTENT) != 0)) {
					location(each).ifPresent(files::add);
				}
				return false;
			default:
				return true;
			}
		});
		return new Changes(files, projects[0], removed);
	}

	/** Where the resource is (or was) on disk; removed resources keep their location in the delta's project. */
	private static java.util.Optional<Path> location(IResourceDelta delta) {
		var resource = delta.getResource();
		var location = resource.getLocation();
		if (location == null) {
			var project = resource.getProject().getLocation();
			if (project == null) {
				return java.util.Optional.empty();
			}
			location = project.append(resource.getProjectRelativePath());
		}
		return java.util.Optional.of(location.toPath());
	}
}
