package dev.piassistant.tools.lsp.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The running language servers, one per server and workspace: started on first use, reused after, stopped
 * when they hang (and started again on the next call) and all shut down on {@link #close()}.
 */
public final class LanguageServers implements AutoCloseable {

	private final Map<String, ServerSession> running = new HashMap<>();
	private final Duration startTimeout;
	private final Duration requestTimeout;

	public LanguageServers(Duration startTimeout, Duration requestTimeout) {
		this.startTimeout = startTimeout;
		this.requestTimeout = requestTimeout;
	}

	Duration requestTimeout() {
		return requestTimeout;
	}

	/** The running server for these files, started now if it is not running. */
	synchronized ServerSession session(ServerSpec spec, LspSettings settings, Path workspace) throws LspException {
		var key = spec.name() + "\n" + workspace;
		var session = running.get(key);
		if (session != null && session.isAlive()) {
			return session;
		}
		if (session != null) {
			session.close();
		}
		var program = Executables.find(spec.command().get(0), settings.folders())
				.orElseThrow(() -> new LspException(LspTexts.notInstalled(spec, settings)));
		session = ServerSession.start(spec, program, settings.folders(), workspace, startTimeout);
		running.put(key, session);
		return session;
	}

	/** A request to a server; one that hangs gets its server stopped. */
	<T> T ask(ServerSession session, Function<ServerSession, CompletableFuture<T>> request, String what) throws LspException {
		try {
			return session.await(request.apply(session), requestTimeout, what);
		} catch (LspTimeout e) {
			stop(session);
			throw e;
		}
	}

	synchronized void stop(ServerSession session) {
		running.values().remove(session);
		session.close();
	}

	/** How many servers run now. */
	public synchronized int count() {
		return (int) running.values().stream().filter(ServerSession::isAlive).count();
	}

	@Override
	public synchronized void close() {
		var sessions = new ArrayList<>(running.values());
		running.clear();
		sessions.forEach(ServerSession::close);
	}
}
