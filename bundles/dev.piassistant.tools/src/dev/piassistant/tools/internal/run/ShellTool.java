package dev.piassistant.tools.internal.run;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.WorkspaceFiles;
import dev.piassistant.tools.internal.secrets.Environment;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * {@code shell}: runs a command line with {@code sh -c} in a folder of the workspace, with a time limit, its
 * output capped and scrubbed of secrets, its environment without them; the whole process tree is killed on
 * time-out or when the task is stopped. A non-zero exit code is a failure, reported with the end of its errors.
 */
@Component(service = ToolProvider.class)
public final class ShellTool implements ToolProvider {

	static final String NAME = "shell";
	private static final int DEFAULT_TIMEOUT = 120;
	private static final int DEFAULT_OUTPUT = 30_000;

	private final KnownSecrets secrets;

	@Activate
	public ShellTool(@Reference KnownSecrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public List<Tool> tools() {
		var parameters = Schema.object()
				.string("command", "The command line, run with sh -c (pipes, && and redirections work)", true)
				.string("cwd", "The folder to run in, relative to the workspace (default: the workspace)", false)
				.integer("timeoutSeconds", "Stop it (with everything it started) after this long; default 120", 1, 3600, false)
				.integer("maxOutputChars", "Keep at most this much of its output (its start and its end); default 30000", 1000, 500_000, false)
				.build();
		return List.of(new Tool(NAME, "Run a shell command in the workspace. Commands are asked unless granted; the output is capped, "
				+ "and a non-zero exit code is reported as a failure with the end of the error output.", parameters, Risk.EXECUTE,
				this::run, arguments -> List.of(new Access.Shell(arguments.path("command").asText(), arguments.path("cwd").asText(""))))
		);
	}

	private ToolResult run(ToolInvocation call) throws Exception {
		var context = call.context();
		var directory = WorkspaceFiles.resolve(context, call.text("cwd", "."));
		if (!Files.isDirectory(directory)) {
			return ToolResult.error("There is no folder " + call.text("cwd", ".") + " in the workspace to run the command in.");
		}
		var timeout = Duration.ofSeconds(call.number("timeoutSeconds", DEFAULT_TIMEOUT));
		var command = call.text("command", "");
		context.progress(command.length() > 60 ? command.substring(0, 59) + "\u2026" : command);
		var result = ProcessRunner.run(List.of("/bin/sh", "-c", command), directory, Environment.forCommands(System.getenv()), timeout,
				(int) call.number("maxOutputChars", DEFAULT_OUTPUT), context);
		return secure(Reports.of(result, timeout));
	}

	private ToolResult secure(ToolResult result) {
		var scrubbed = secrets.secrets().scrub(result.output());
		return new ToolResult(result.isError(), scrubbed, result.exitCode(), result.tests());
	}
}
