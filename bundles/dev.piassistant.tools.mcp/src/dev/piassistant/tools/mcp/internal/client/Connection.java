package dev.piassistant.tools.mcp.internal.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServerState;
import dev.piassistant.core.mcp.McpServerState.Status;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/**
 * One MCP server: started on first use, its tools listed, its state and log kept for the user. A stdio server
 * that exits on its own is started again after a pause that doubles each time (1 s up to 30 s); after
 * {@value #MOST_RESTARTS} restarts in a row without a successful call it is left failed until the user restarts it.
 */
public final class Connection {

	static final int MOST_RESTARTS = 5;
	private static final long LONGEST_PAUSE_SECONDS = 30;

	private final ServerConfig config;
	private final ScheduledExecutorService scheduler;
	private final Consumer<Connection> onChange;
	private final LogLines log = new LogLines();
	private volatile Status status = Status.STOPPED;
	private volatile String problem = "";
	private volatile List<McpSchema.Tool> tools = List.of();
	private @Nullable McpAsyncClient client;
	private @Nullable ProcessHandle process;
	/** Completes with the exit code when the current process ends. */
	private volatile CompletableFuture<Integer> exited = new CompletableFuture<>();
	private int restarts;
	private long restartAt;
	/** Why the server is failed, for the calls that find it so. */
	private String failure = "";

	public Connection(ServerConfig config, ScheduledExecutorService scheduler, Consumer<Connection> onChange) {
		this.config = config;
		this.scheduler = scheduler;
		this.onChange = onChange;
	}

	public ServerConfig config() {
		return config;
	}

	public Status status() {
		return status;
	}

	public List<McpSchema.Tool> tools() {
		return tools;
	}

	public LogLines log() {
		return log;
	}

	public McpServerState state(List<String> toolNames) {
		return new McpServerState(config.name(), config.source(), config.transport().describe(), status, toolNames, problem, log.all());
	}

	/** The running client, started (or restarted, once its pause is over) if need be. */
	public synchronized McpAsyncClient client() throws McpException {
		var current = client;
		if (current != null && status == Status.RUNNING) {
			return current;
		}
		if (status == Status.FAILED) {
			throw new McpException(failure + " It is not started again until the user restarts it (Preferences > Pi Assistant > MCP "
					+ "Servers).");
		}
		waitForPause();
		return start();
	}

	private void waitForPause() throws McpException {
		var wait = restartAt - System.currentTimeMillis();
		if (wait > 0) {
			try {
				wait(wait);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new McpException("Interrupted while waiting to restart the MCP server '" + config.name() + "'.");
			}
		}
	}

	private McpAsyncClient start() throws McpException {
		change(Status.STARTING, "");
		var started = McpClient.async(Transports.of(config, log)).requestTimeout(config.timeout().plusSeconds(5))
				.initializationTimeout(config.timeout()).clientInfo(new McpSchema.Implementation("pi-assistant", "0.1.0"))
				.jsonSchemaValidator(Sdk.validator()).loggingConsumer(notice -> reactor.core.publisher.Mono.fromRunnable(
						() -> log.add("[" + notice.level().name().toLowerCase(Locale.ROOT) + "] " + notice.data())))
				.toolsChangeConsumer(changed -> reactor.core.publisher.Mono.fromRunnable(() -> {
					tools = List.copyOf(changed);
					onChange.accept(this);
				})).build();
		try {
			var initialized = new CompletableFuture<McpSchema.InitializeResult>();
			Runnable initialize = () -> started.initialize().subscribe(initialized::complete, initialized::completeExceptionally);
			var spawned = config.transport() instanceof ServerConfig.Stdio ? Children.spawnedBy(initialize, initialized::isDone)
					: java.util.Optional.<ProcessHandle>empty();
			if (!(config.transport() instanceof ServerConfig.Stdio)) {
				initialize.run();
			}
			initialized.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
			client = started;
			exited = new CompletableFuture<>();
			spawned.ifPresent(this::watch);
			tools = listTools(started);
			change(Status.RUNNING, "");
			return started;
		} catch (java.util.concurrent.TimeoutException e) {
			return failStart(started, "it did not answer the initialize request within " + seconds(config.timeout()));
		} catch (java.util.concurrent.ExecutionException e) {
			return failStart(started, Failures.message(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return failStart(started, "interrupted");
		}
	}

	private McpAsyncClient failStart(McpAsyncClient started, String why) throws McpException {
		started.close();
		var detail = log.tail(5);
		failure = "The MCP server '" + config.name() + "' (" + config.transport().describe() + ", configured in " + config.source()
				+ ") could not be started: " + why + "." + (detail.isEmpty() ? "" : "\nIts last output:\n" + detail + "\n");
		change(Status.FAILED, why);
		throw new McpException(failure);
	}

	private List<McpSchema.Tool> listTools(McpAsyncClient started) throws McpException {
		var all = new ArrayList<McpSchema.Tool>();
		String cursor = null;
		do {
			var page = Failures.await(started.listTools(cursor).toFuture(), config, "listing its tools");
			all.addAll(page.tools());
			cursor = page.nextCursor();
		} while (cursor != null && !cursor.isEmpty());
		return List.copyOf(all);
	}

	private void watch(ProcessHandle spawned) {
		process = spawned;
		var exit = exited;
		spawned.onExit().thenAccept(ended -> {
			exit.complete(-1);
			crashed(spawned);
		});
	}

	/** The process ended without being asked to: restart it after a pause, or give up. */
	private synchronized void crashed(ProcessHandle ended) {
		if (process != ended) {
			return;
		}
		process = null;
		var old = client;
		client = null;
		if (old != null) {
			old.close();
		}
		restarts++;
		if (restarts > MOST_RESTARTS) {
			failure = "The MCP server '" + config.name() + "' stopped " + restarts + " times in a row.";
			change(Status.FAILED, "it stopped " + restarts + " times in a row");
			return;
		}
		var pause = Math.min(LONGEST_PAUSE_SECONDS, 1L << (restarts - 1));
		restartAt = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(pause);
		change(Status.RESTARTING, "it stopped unexpectedly; started again in " + pause + " s (restart " + restarts + " of at most "
				+ MOST_RESTARTS + ")");
		scheduler.schedule(this::restartQuietly, pause, TimeUnit.SECONDS);
	}

	private void restartQuietly() {
		try {
			if (status == Status.RESTARTING) {
				client();
			}
		} catch (McpException e) {
			log.add("restart failed: " + e.getMessage());
		}
	}

	/** A call went through: the server is well again. */
	synchronized void succeeded() {
		restarts = 0;
	}

	/** Completes when the current process exits (never for HTTP servers). */
	CompletableFuture<Integer> exited() {
		return exited;
	}

	String problem() {
		return problem;
	}

	public synchronized void stop() {
		var running = process;
		process = null;
		var old = client;
		client = null;
		if (old != null) {
			old.close();
		}
		if (running != null) {
			Children.destroyTree(running);
		}
		restarts = 0;
		restartAt = 0;
		change(Status.STOPPED, "");
	}

	private void change(Status next, String why) {
		status = next;
		problem = why;
		if (!why.isEmpty()) {
			log.add("[pi] " + next.name().toLowerCase(Locale.ROOT) + ": " + why);
		}
		notifyAll();
		onChange.accept(this);
	}

	static String seconds(Duration duration) {
		var millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}
}
