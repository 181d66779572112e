package dev.piassistant.ui.chat.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * A file's problems (errors and warnings, as the Problems view lists them) as context for a message: one
 * line each with its line number, severity and message, errors first.
 */
final class ProblemContext {

	private ProblemContext() {
	}

	/** The file's problems, if it has any. */
	static Optional<Attachment> of(IFile file) {
		try {
			var markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
			return of(file, Arrays.asList(markers));
		} catch (CoreException e) {
			return Optional.empty(); // the file is gone or closed: nothing to attach
		}
	}

	/** Chosen problems of one file (from the Problems view). */
	static Optional<Attachment> of(IFile file, List<IMarker> markers) {
		var lines = markers.stream().filter(IMarker::exists)
				.sorted(Comparator.comparingInt((IMarker marker) -> -marker.getAttribute(IMarker.SEVERITY, 0))
						.thenComparingInt(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0)))
				.map(ProblemContext::line).toList();
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(Attachment.problems(file.getFullPath().makeRelative().toString(), String.join("\n", lines)));
	}

	private static String line(IMarker marker) {
		var severity = switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		default -> "info";
		};
		var line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		return (line > 0 ? "line " + line + ", " : "") + severity + ": " + marker.getAttribute(IMarker.MESSAGE, "");
	}
}
