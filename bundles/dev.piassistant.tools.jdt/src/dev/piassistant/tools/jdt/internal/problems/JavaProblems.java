package dev.piassistant.tools.jdt.internal.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.IJavaModelMarker;
import org.eclipse.jdt.core.JavaCore;

import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * The compile errors JDT reports, after the workspace has caught up with files changed on disk: the changed files are
 * refreshed, the workspace built incrementally, and the error markers of Java projects read.
 */
public final class JavaProblems {

	/** One compile error: where and what. */
	public record Problem(String path, int line, String message) {
		@Override
		public String toString() {
			return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
		}
	}

	private final Path workspace;
	private final IProgressMonitor monitor;

	public JavaProblems(Path workspace, IProgressMonitor monitor) {
		this.workspace = workspace;
		this.monitor = monitor;
	}

	/** Refreshes the files (relative to the workspace) and builds what changed. */
	public void refreshAndBuild(Collection<String> paths) throws CoreException {
		var root = ResourcesPlugin.getWorkspace().getRoot();
		for (var path : paths) {
			var location = workspace.resolve(path).normalize();
			for (var file : root.findFilesForLocationURI(location.toUri())) {
				file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
			}
			if (paths.size() == 1 && root.findFilesForLocationURI(location.toUri()).length == 0) {
				for (var container : root.findContainersForLocationURI(location.toUri())) {
					container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				}
			}
		}
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
	}

	/** The compile errors of every Java project of the workspace, those in the given files first. */
	public List<Problem> errors(Collection<String> first) throws CoreException {
		var problems = new LinkedHashSet<Problem>();
		var places = new Places(workspace);
		var all = new ArrayList<Problem>();
		for (var project : JavaCore.create(ResourcesPlugin.getWorkspace().getRoot()).getJavaProjects()) {
			for (var type : List.of(IJavaModelMarker.JAVA_MODEL_PROBLEM_MARKER, IJavaModelMarker.BUILDPATH_PROBLEM_MARKER)) {
				for (var marker : project.getProject().findMarkers(type, true, IResource.DEPTH_INFINITE)) {
					if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
						all.add(new Problem(places.path(marker.getResource()), marker.getAttribute(IMarker.LINE_NUMBER, 0),
								marker.getAttribute(IMarker.MESSAGE, "")));
					}
				}
			}
		}
		all.sort(java.util.Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
		all.stream().filter(problem -> first.contains(problem.path())).forEach(problems::add);
		problems.addAll(all);
		return List.copyOf(problems);
	}

	/** The errors as the model reads them, at most {@code max} lines. */
	public static String text(List<Problem> problems, int max) {
		if (problems.isEmpty()) {
			return "No compile errors in the workspace's Java projects.";
		}
		var text = new StringBuilder(String.format(Locale.ROOT, "%d compile error%s:\n", problems.size(),
				problems.size() == 1 ? "" : "s"));
		problems.stream().limit(max).forEach(problem -> text.append(problem).append('\n'));
		if (problems.size() > max) {
			text.append(String.format(Locale.ROOT, "... and %d more.\n", problems.size() - max));
		}
		return text.toString().stripTrailing();
	}
}
