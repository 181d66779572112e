package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpPrompt;
import dev.piassistant.core.mcp.McpResource;
import dev.piassistant.core.mcp.McpServerState;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.ui.Services;

/**
 * The configured MCP servers' prompts and resources, for the composer's {@code /} and {@code @} proposals.
 * Asking a server starts it and waits for its answer, so the lists are read in a job and published as each
 * server answers; the proposals show what is known meanwhile. Without the MCP bundle there are no servers.
 */
final class McpCatalog {

	/** Lists older than this are read again when proposals are asked for (servers come and go). */
	private static final long FRESH_MILLIS = 15_000;

	/**
	 * One server as the composer offers it.
	 *
	 * @param read    whether its lists were read (false while it is first asked)
	 * @param problem why its prompts could not be listed; empty when they were
	 */
	record Server(String name, boolean read, List<McpPrompt> prompts, List<McpResource> resources, String problem) {
		static Server unread(String name) {
			return new Server(name, false, List.of(), List.of(), "");
		}
	}

	private final Display display;
	private final Runnable changed;
	/** Written by the job, read on the UI thread; replaced whole. */
	private volatile Optional<List<Server>> servers = Optional.empty();
	private boolean loading;
	private long loadedAt;

	/** {@code changed} runs on the UI thread each time a server's lists arrive. */
	McpCatalog(Display display, Runnable changed) {
		this.display = display;
		this.changed = changed;
	}

	/** The servers as known now: empty until they were first listed. */
	Optional<List<Server>> servers() {
		return servers;
	}

	/** Whether a job reads the lists now. */
	boolean loading() {
		return loading;
	}

	/**
	 * Learns which servers are configured, without starting them, so that {@code @} offers nothing where no server
	 * is configured. UI thread only.
	 */
	void peek() {
		var job = Job.create(McpTexts.Catalog_job, monitor -> {
			var names = Services.get(McpServers.class).map(McpServers::servers).orElse(List.of()).stream()
					.map(state -> Server.unread(state.name())).toList();
			synchronized (this) {
				if (servers.isEmpty()) {
					servers = Optional.of(names);
				}
			}
			later(changed);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Reads the lists again unless they are fresh or being read. UI thread only. */
	void request() {
		if (loading || (loadedAt != 0 && System.currentTimeMillis() - loadedAt < FRESH_MILLIS)) {
			return;
		}
		loading = true;
		var job = Job.create(McpTexts.Catalog_job, monitor -> {
			try {
				read();
			} finally {
				later(() -> {
					loading = false;
					loadedAt = System.currentTimeMillis();
					changed.run();
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void read() {
		var service = Services.get(McpServers.class);
		if (service.isEmpty()) {
			publish(List.of());
			return;
		}
		var states = service.get().servers();
		var known = new ArrayList<Server>();
		states.forEach(state -> known.add(previous(state.name())));
		publish(known);
		for (int i = 0; i < states.size(); i++) {
			known.set(i, read(service.get(), states.get(i)));
			publish(known);
		}
	}

	/** What was read before, shown until the server answers again. */
	private Server previous(String name) {
		return servers.orElse(List.of()).stream().filter(server -> server.name().equals(name)).findFirst()
				.orElse(Server.unread(name));
	}

	private static Server read(McpServers service, McpServerState state) {
		if (state.status() == McpServerState.Status.FAILED) {
			return new Server(state.name(), true, List.of(), List.of(), state.problem());
		}
		List<McpPrompt> prompts = List.of();
		var problem = "";
		try {
			prompts = service.prompts(state.name());
		} catch (McpException | RuntimeException e) {
			problem = message(e);
		}
		// A server may offer resources and no prompts; one that is down is not asked twice.
		var resources = problem.isEmpty() || running(service, state.name()) ? resources(service, state.name())
				: List.<McpResource>of();
		return new Server(state.name(), true, prompts, resources, problem);
	}

	private static boolean running(McpServers service, String name) {
		return service.servers().stream()
				.anyMatch(state -> state.name().equals(name) && state.status() == McpServerState.Status.RUNNING);
	}

	/** A server that offers no resources has none to attach. */
	private static List<McpResource> resources(McpServers service, String server) {
		try {
			return service.resources(server);
		} catch (McpException | RuntimeException e) {
			return List.of();
		}
	}

	private synchronized void publish(List<Server> now) {
		servers = Optional.of(List.copyOf(now));
		later(changed);
	}

	private void later(Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(action);
		}
	}

	static String message(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
