package dev.piassistant.ui.plan.internal.model;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.tool.Risk;

/**
 * What kind of action an entry of the timeline is, for its colour and the filters. Tools do not declare a
 * kind, so it is read from the tool's name and risk: a name says more than a risk (a git tool executes).
 */
public enum ToolKind {
	SHELL, FILE, GIT, MODEL, ML, PLAN, WAIT, OTHER;

	private static final Pattern GIT_NAME = Pattern.compile("git|commit|branch|checkout|diff|blame|stash");
	private static final Pattern ML_NAME = Pattern.compile("train|predict|infer|dataset|djl|embed|classif|deploy|tensor");
	private static final Pattern SHELL_NAME = Pattern.compile("shell|bash|run|exec|command|terminal|process|build|mvn|gradle|test");
	private static final Pattern FILE_NAME = Pattern
			.compile("file|read|write|edit|patch|search|grep|glob|find|list|dir|path|note|create|delete|rename|move|open");

	/** The kind of a tool call. */
	public static ToolKind ofTool(String name, @Nullable Risk risk) {
		if (AgentTools.isOwn(name)) {
			return PLAN;
		}
		var lower = name.toLowerCase(Locale.ROOT);
		if (GIT_NAME.matcher(lower).find()) {
			return GIT;
		}
		if (ML_NAME.matcher(lower).find()) {
			return ML;
		}
		if (SHELL_NAME.matcher(lower).find()) {
			return SHELL;
		}
		if (FILE_NAME.matcher(lower).find()) {
			return FILE;
		}
		if (risk == Risk.EXECUTE) {
			return SHELL;
		}
		return risk == Risk.READ || risk == Risk.WRITE ? FILE : OTHER;
	}
}
