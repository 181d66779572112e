package dev.piassistant.edits.internal.tools;

import java.util.LinkedHashSet;
import java.util.List;

import dev.piassistant.core.change.ChangeFeedback;
import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.tool.ToolContext;

/**
 * Asks the registered {@link ChangeFeedback} services about the files a change set touched once it is applied, so
 * that the model hears, for example, the compile errors its edit caused in the same tool result.
 */
final class Feedback {

	private final List<ChangeFeedback> services;

	Feedback(List<ChangeFeedback> services) {
		this.services = services;
	}

	/** The services' texts, each on its own line after the review's outcome; empty when none has anything to say. */
	String after(ChangeSet changes, ToolContext context) throws InterruptedException {
		var paths = new LinkedHashSet<String>();
		for (var file : changes.files()) {
			if (file.kind() != ChangeKind.DELETE) {
				paths.add(file.target());
			}
			paths.add(file.path());
		}
		var text = new StringBuilder();
		for (var service : services) {
			if (context.isCancelled()) {
				break;
			}
			text.append(ask(service, List.copyOf(paths), context));
		}
		return text.toString();
	}

	private static String ask(ChangeFeedback service, List<String> paths, ToolContext context) throws InterruptedException {
		try {
			var said = service.afterChange(paths, context).strip();
			return said.isEmpty() ? "" : "\n" + said;
		} catch (InterruptedException e) {
			throw e;
		} catch (Exception e) {
			// The change is applied whatever a service fails at: the model must still hear the review's outcome.
			return "\n(Could not check the changed files: " + e + ")";
		}
	}
}
