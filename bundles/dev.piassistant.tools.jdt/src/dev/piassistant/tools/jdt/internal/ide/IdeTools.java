package dev.piassistant.tools.jdt.internal.ide;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/** The IDE's problems (every marker, not only Java's) as a tool; it reads only, so it runs like any read. */
@Component(service = ToolProvider.class)
public final class IdeTools implements ToolProvider {

	private static final int DEFAULT_RESULTS = 200;

	@Override
	public List<Tool> tools() {
		var schema = Schema.object()
				.string("path", "A file or folder relative to the workspace; leave it out for the whole workspace", false)
				.choice("least", "The least severity listed (default warning: errors and warnings)", List.of("error", "warning", "info"), false)
				.integer("maxResults", "At most this many problems (default 200)", 1, 5_000, false).build();
		return List.of(new Tool("ide_problems", "The problems the IDE shows in its Problems view, from every builder, validator and "
				+ "language server (not only Java's): path:line: severity: message [marker type], errors first.", schema, Risk.READ,
				IdeTools::problems));
	}

	private static ToolResult problems(ToolInvocation call) throws CoreException {
		var least = ProblemMarkers.Least.valueOf(call.text("least", "warning").toUpperCase(Locale.ROOT));
		List<ProblemMarkers.Problem> problems;
		try {
			problems = new ProblemMarkers(call.context().workspace()).of(call.text("path", ""), least);
		} catch (IllegalArgumentException e) {
			return ToolResult.error(e.getMessage());
		}
		if (problems.isEmpty()) {
			return ToolResult.ok("No problems" + (least == ProblemMarkers.Least.ERROR ? " of error severity." : " of warning or error severity."));
		}
		var max = (int) call.number("maxResults", DEFAULT_RESULTS);
		var lines = new StringBuilder();
		problems.stream().limit(max).forEach(problem -> lines.append(problem).append('\n'));
		if (problems.size() > max) {
			lines.append("... and ").append(problems.size() - max).append(" more (raise maxResults, or name a file).\n");
		}
		return ToolResult.ok(lines.toString());
	}
}
