package dev.piassistant.tools.mcp.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.modelcontextprotocol.spec.McpError;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/** Turns what the SDK throws into messages a user and a model can act on. */
final class Failures {

	private Failures() {
	}

	/** A short account of a failure: the server's own error message, or the cause's. */
	static String message(Throwable failure) {
		var cause = failure;
		while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof McpError error && error.getJsonRpcError() != null) {
			return error.getJsonRpcError().message() + " (JSON-RPC error " + error.getJsonRpcError().code() + ")";
		}
		var root = McpError.findRootCause(cause);
		var text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return root == cause ? text : text + " (" + cause.getClass().getSimpleName() + ")";
	}

	/** Waits for a request's answer up to the server's time-out. */
	static <T> T await(CompletableFuture<T> pending, ServerConfig config, String doing) throws McpException {
		try {
			return pending.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			pending.cancel(true);
			throw timedOut(config, doing);
		} catch (ExecutionException e) {
			throw new McpException("The MCP server '" + config.name() + "' failed " + doing + ": " + message(e.getCause()), e.getCause());
		} catch (InterruptedException e) {
			pending.cancel(true);
			Thread.currentThread().interrupt();
			throw new McpException("Interrupted while " + doing + " on the MCP server '" + config.name() + "'.");
		}
	}

	static McpException timedOut(ServerConfig config, String doing) {
		return new McpException("The MCP server '" + config.name() + "' did not answer within " + Connection.seconds(config.timeout())
				+ " while " + doing + ", and the request was abandoned. Its time-out is set by \"timeoutSeconds\" in " + config.source()
				+ ".");
	}
}
