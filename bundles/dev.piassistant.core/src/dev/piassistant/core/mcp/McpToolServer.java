package dev.piassistant.core.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import dev.piassistant.core.tool.Risk;

/**
 * Serves Pi's tools over MCP to another agent. Every call goes through the permission policy and the audit trail
 * as the agent's own calls do; a call the policy would ask about runs only when the serving options grant its
 * risk class (nobody is there to answer), and is refused with a message saying how to allow it otherwise.
 */
public interface McpToolServer {

	/**
	 * What the server may do without asking.
	 *
	 * @param workspace  the folder the calls work in
	 * @param allowed    risk classes granted up front
	 * @param everything every call granted (what the policy would deny stays denied)
	 */
	record Options(Path workspace, Set<Risk> allowed, boolean everything) {
		public Options {
			Objects.requireNonNull(workspace, "workspace");
			allowed = Set.copyOf(allowed);
		}
	}

	/** Serves over standard input and output (newline-delimited JSON-RPC) until the input ends. */
	void serveStdio(InputStream in, OutputStream out, Options options) throws InterruptedException;

	/**
	 * Serves over streamable HTTP at {@code http://127.0.0.1:<port>/mcp}, on the loopback interface only, to clients
	 * that send {@code Authorization: Bearer <token>}; any other request is answered 401 and runs nothing. Returns
	 * at once; the serving goes on until closed.
	 *
	 * @param port the port, or 0 for a free one (the serving says which)
	 * @throws IOException when the port cannot be listened on (taken, say)
	 */
	HttpServing serveHttp(int port, String token, Options options) throws IOException;

	/** Pi's tools served over HTTP until closed. */
	interface HttpServing extends AutoCloseable {

		/** The port listened on. */
		int port();

		/** The endpoint's address, {@code http://127.0.0.1:<port>/mcp}. */
		default String url() {
			return "http://127.0.0.1:" + port() + "/mcp";
		}

		/** Stops listening; calls under way end first, for a few seconds at most. */
		@Override
		void close();
	}
}
