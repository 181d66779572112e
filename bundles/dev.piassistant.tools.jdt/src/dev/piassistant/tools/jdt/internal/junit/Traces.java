package dev.piassistant.tools.jdt.internal.junit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaModelException;

import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * Reads a failure's stack trace as the model needs it: the message, and the frames in the user's own code (types with
 * source in the launched project or the projects it uses) with the file and line they point at, not the dozens of
 * frames of JUnit and reflection around them.
 */
final class Traces {

	private static final Pattern FRAME = Pattern.compile("^\\s*at (?:[\\w.$]+/)?([\\w.$]+)\\.([\\w$<>]+)\\(([^:()]+):(\\d+)\\)\\s*$");
	private static final int MESSAGE_CHARS = 1_000;
	private static final int USER_FRAMES = 3;

	private final IJavaProject project;
	private final Places places;
	private final Map<String, String> sources = new HashMap<>();

	Traces(IJavaProject project, Places places) {
		this.project = project;
		this.places = places;
	}

	/** The exception line (and any further lines of its message) at the top of a trace. */
	static String message(String trace) {
		var message = new StringBuilder();
		for (var line : trace.lines().toList()) {
			if (FRAME.matcher(line).matches() || line.strip().startsWith("at ")) {
				break;
			}
			message.append(line.stripTrailing()).append('\n');
		}
		var text = message.toString().strip();
		return text.length() > MESSAGE_CHARS ? text.substring(0, MESSAGE_CHARS) + "..." : text;
	}

	/** The first frames of the trace in the user's code, each with its {@code path:line}; else the first frames. */
	List<String> userFrames(String trace) throws JavaModelException {
		var frames = new ArrayList<String>();
		var first = new ArrayList<String>();
		for (var line : trace.lines().toList()) {
			var frame = FRAME.matcher(line);
			if (!frame.matches()) {
				continue;
			}
			var at = line.strip();
			if (first.size() < 2) {
				first.add(at);
			}
			var file = source(frame.group(1));
			if (!file.isEmpty()) {
				frames.add(at + " " + file + ":" + frame.group(4));
				if (frames.size() == USER_FRAMES) {
					break;
				}
			}
		}
		return frames.isEmpty() ? first : frames;
	}

	/** The workspace file of a class when it is the user's source, else empty. */
	private String source(String className) throws JavaModelException {
		var topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
		var known = sources.get(topLevel);
		if (known != null) {
			return known;
		}
		var type = project.findType(topLevel);
		var file = type == null || type.isBinary() || type.getResource() == null ? "" : places.path(type.getResource());
		sources.put(topLevel, file);
		return file;
	}
}
