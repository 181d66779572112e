package dev.piassistant.tools.jdt.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.change.ChangeFeedback;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.tools.jdt.internal.problems.JavaProblems;

/**
 * After the agent's edit of a Java file is applied, the compile errors the workspace has now, those of the edited
 * files first (files that use what the edit changed follow), so that the model sees at once what its edit broke, or
 * that it compiles clean.
 */
@Component(service = ChangeFeedback.class)
public final class JavaChangeFeedback implements ChangeFeedback {

	private static final int ERRORS_SHOWN = 20;

	@Override
	public String afterChange(List<String> paths, ToolContext context) throws Exception {
		if (paths.stream().noneMatch(path -> path.toLowerCase(Locale.ROOT).endsWith(".java"))) {
			return "";
		}
		context.progress("building the Java projects");
		var problems = new JavaProblems(context.workspace(), new CallMonitor(context));
		// The build reads the files from disk after the refresh, so it has seen the content the review wrote.
		problems.refreshAndBuild(paths);
		if (context.isCancelled()) {
			return "";
		}
		return "After the change: " + JavaProblems.text(problems.errors(paths), ERRORS_SHOWN);
	}
}
