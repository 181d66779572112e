package dev.piassistant.tools.mcp.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import io.modelcontextprotocol.client.McpAsyncClient;
import reactor.core.publisher.Mono;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/**
 * One request to a server, waited for until it answers, its time-out passes, its process exits or the caller
 * cancels: whichever comes first ends the wait with a message that says which.
 */
public final class Requests {

	private static final int LINES_SHOWN = 5;
	private static final long EXIT_GRACE_MILLIS = 1_000;

	private Requests() {
	}

	public static <T> T run(Connection connection, Function<McpAsyncClient, Mono<T>> request, String doing, Consumer<Runnable> onCancel)
			throws McpException {
		var client = connection.client();
		var exit = connection.exited();
		var pending = request.apply(client).toFuture();
		onCancel.accept(() -> pending.cancel(true));
		var config = connection.config();
		try {
			CompletableFuture.anyOf(pending, exit).get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			pending.cancel(true);
			throw Failures.timedOut(config, doing);
		} catch (InterruptedException e) {
			pending.cancel(true);
			Thread.currentThread().interrupt();
			throw new McpException("Interrupted while " + doing + " on the MCP server '" + config.name() + "'.");
		} catch (ExecutionException e) {
			// The request failed: reported below from the request itself.
		} catch (java.util.concurrent.CancellationException e) {
			throw new McpException("Cancelled while " + doing + " on the MCP server '" + config.name() + "'.");
		}
		if (!pending.isDone() && exit.isDone()) {
			pending.cancel(true);
			throw crashed(connection, doing);
		}
		if (pending.isCompletedExceptionally() && connection.config().transport() instanceof ServerConfig.Stdio && exitsSoon(exit)) {
			// The SDK ends the session when the process goes: the request fails just before the exit is seen.
			throw crashed(connection, doing);
		}
		try {
			var answer = pending.join();
			connection.succeeded();
			return answer;
		} catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
			var cause = e.getCause() == null ? e : e.getCause();
			throw new McpException("The MCP server '" + config.name() + "' failed " + doing + ": " + Failures.message(cause), cause);
		}
	}

	private static boolean exitsSoon(CompletableFuture<Integer> exit) {
		try {
			exit.get(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
			return true;
		} catch (TimeoutException | ExecutionException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static McpException crashed(Connection connection, String doing) {
		var output = connection.log().tail(LINES_SHOWN);
		return new McpException("The MCP server '" + connection.config().name() + "' stopped (its process exited) while " + doing
				+ "; the call did not complete. Pi starts the server again after a short pause; the call may be tried again then."
				+ (output.isEmpty() ? "" : "\nIts last output:\n" + output));
	}
}
