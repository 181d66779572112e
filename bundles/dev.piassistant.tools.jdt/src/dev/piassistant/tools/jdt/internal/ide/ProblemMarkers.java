package dev.piassistant.tools.jdt.internal.ide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * The problems the IDE shows in its Problems view: markers of every kind (compilers, validators, language servers,
 * plug-ins), for the whole workspace or one file, errors first.
 */
public final class ProblemMarkers {

	/** Which problems to list, by the least severity. */
	public enum Least {
		ERROR(IMarker.SEVERITY_ERROR), WARNING(IMarker.SEVERITY_WARNING), INFO(IMarker.SEVERITY_INFO);

		private final int severity;

		Least(int severity) {
			this.severity = severity;
		}
	}

	/** One problem: where, how bad, what, and the kind of marker (which tool reported it). */
	public record Problem(String path, int line, int severity, String message, String type) {
		@Override
		public String toString() {
			var level = severity == IMarker.SEVERITY_ERROR ? "error" : severity == IMarker.SEVERITY_WARNING ? "warning" : "info";
			return (line > 0 ? path + ":" + line : path) + ": " + level + ": " + message + " [" + type + "]";
		}
	}

	private final Path workspace;

	public ProblemMarkers(Path workspace) {
		this.workspace = workspace;
	}

	/**
	 * The problems of a file or folder (relative to the workspace), or of the whole workspace when it is empty.
	 *
	 * @throws IllegalArgumentException when the IDE does not know the file
	 */
	public List<Problem> of(String path, Least least) throws CoreException {
		var places = new Places(workspace);
		var problems = new ArrayList<Problem>();
		for (var resource : resources(path)) {
			for (var marker : resource.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
				var severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				if (severity >= least.severity) {
					problems.add(new Problem(places.path(marker.getResource()), marker.getAttribute(IMarker.LINE_NUMBER, 0), severity,
							marker.getAttribute(IMarker.MESSAGE, ""), marker.getType()));
				}
			}
		}
		problems.sort(Comparator.comparingInt(Problem::severity).reversed().thenComparing(Problem::path).thenComparingInt(Problem::line));
		return problems;
	}

	private List<IResource> resources(String path) {
		var root = ResourcesPlugin.getWorkspace().getRoot();
		if (path.isBlank()) {
			return List.of(root);
		}
		var location = workspace.resolve(path).normalize().toUri();
		var found = new ArrayList<IResource>(List.of(root.findFilesForLocationURI(location)));
		if (found.isEmpty()) {
			found.addAll(List.of(root.findContainersForLocationURI(location)));
		}
		found.removeIf(resource -> !resource.exists());
		if (found.isEmpty()) {
			throw new IllegalArgumentException("The IDE knows no file or folder '" + path + "' in its projects: give a path relative "
					+ "to the workspace, inside a project, or leave it out for the whole workspace.");
		}
		return found;
	}
}
