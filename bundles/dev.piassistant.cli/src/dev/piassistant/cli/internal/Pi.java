package dev.piassistant.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

import dev.piassistant.cli.internal.args.Command;
import dev.piassistant.cli.internal.args.CommandLine;
import dev.piassistant.cli.internal.args.Common;
import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.cli.internal.profile.ProfileReader;
import dev.piassistant.cli.internal.render.Terminal;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.core.memory.MemoryIndex;

/**
 * The {@code pi} command: reads the command line, takes the workspace, and runs or resumes a task, indexes folders,
 * serves the tools over MCP or shows the audit trail.
 */
final class Pi {

	record Streams(InputStream in, PrintStream out, PrintStream err) {
	}

	private final Streams streams;
	private final Terminal terminal;
	private final BundleContext context;
	private volatile @Nullable BlockingQueue<Signal> running;
	private volatile @Nullable IndexCommand indexing;

	Pi(Streams streams, Terminal terminal, BundleContext context) {
		this.streams = streams;
		this.terminal = terminal;
		this.context = context;
	}

	ExitCode run(List<String> arguments) {
		try {
			var command = CommandLine.parse(arguments);
			if (command instanceof Command.Help help) {
				return Help.print(help.topic(), streams.out());
			}
			return execute(command, command.options().orElse(Common.DEFAULT));
		} catch (UsageException e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			streams.err().println(Messages.Usage_seeHelp);
			return ExitCode.USAGE;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.CANCELLED;
		}
	}

	/** The framework is shutting down under a running task: cancel it as Ctrl+C would. */
	void interrupt() {
		var signals = running;
		if (signals != null) {
			signals.add(new Signal.Interrupted());
		}
		var index = indexing;
		if (index != null) {
			index.cancel();
		}
	}

	private ExitCode execute(Command command, Common common) throws UsageException, InterruptedException {
		if (command instanceof Command.Index index) {
			return index(index, common);
		}
		if (command instanceof Command.Mcp) {
			return mcp(common);
		}
		if (command instanceof Command.Audit audit) {
			return audit(audit, common);
		}
		try (var workspace = Workspace.open(common.workspace())) {
			var profile = ProfileReader.read(workspace.directory());
			profile.warnings().forEach(warning -> streams.err().println(NLS.bind(Messages.Pi_warning, warning)));
			var services = Services.await(context, workspace);
			var signals = new LinkedBlockingQueue<Signal>();
			running = signals;
			var task = new TaskCommand(services, streams, terminal, Grants.of(common, profile), common, signals);
			return command instanceof Command.Run run ? task.run(run, promptOf(run), profile) : task.resume((Command.Resume) command);
		} catch (Workspace.Unavailable | Services.Missing e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.NOT_STARTED;
		} finally {
			running = null;
		}
	}

	private ExitCode index(Command.Index command, Common common) throws UsageException, InterruptedException {
		var roots = IndexCommand.roots(command, Path.of(System.getProperty("user.dir")));
		try (var workspace = Workspace.open(common.workspace())) {
			var index = new IndexCommand(Services.one(context, MemoryIndex.class, workspace), streams, common.json(), common.quiet());
			indexing = index;
			return index.run(roots);
		} catch (Workspace.Unavailable | Services.Missing e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.NOT_STARTED;
		} finally {
			indexing = null;
		}
	}

	private ExitCode audit(Command.Audit command, Common common) throws UsageException, InterruptedException {
		try (var workspace = Workspace.open(common.workspace())) {
			return new AuditCommand(Services.one(context, AuditTrail.class, workspace), streams).run(command);
		} catch (Workspace.Unavailable | Services.Missing e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.NOT_STARTED;
		}
	}

	/**
	 * Serves the workspace's tools over MCP until the client closes standard input. Standard output carries only
	 * the protocol; what pi says goes to standard error.
	 */
	private ExitCode mcp(Common common) throws UsageException, InterruptedException {
		try (var workspace = Workspace.open(common.workspace())) {
			var profile = ProfileReader.read(workspace.directory());
			profile.warnings().forEach(warning -> streams.err().println(NLS.bind(Messages.Pi_warning, warning)));
			var server = Services.one(context, McpToolServer.class, workspace);
			var grants = Grants.of(common, profile);
			if (!common.quiet()) {
				streams.err().println(NLS.bind(Messages.Mcp_serving, workspace.directory()));
			}
			server.serveStdio(streams.in(), streams.out(), new McpToolServer.Options(workspace.directory(), grants.allowed(), grants.everything()));
			return ExitCode.COMPLETED;
		} catch (Workspace.Unavailable | Services.Missing e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.NOT_STARTED;
		}
	}

	/** The task text; "-" reads it from standard input, which then cannot answer questions. */
	private String promptOf(Command.Run run) throws UsageException {
		if (!run.prompt().equals("-")) {
			return run.prompt();
		}
		try {
			var text = new String(streams.in().readAllBytes(), java.nio.charset.Charset.defaultCharset()).strip();
			if (text.isEmpty()) {
				throw new UsageException(Messages.Usage_emptyStdin);
			}
			return text;
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.Usage_stdinFailed, e.getMessage()));
		}
	}
}
