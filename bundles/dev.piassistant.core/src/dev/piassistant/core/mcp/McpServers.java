package dev.piassistant.core.mcp;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The MCP servers configured for the user, the workspace's projects and by plug-ins, as one OSGi service: their
 * state for the views, and their resources and prompts for the chat. Their tools reach the agent as ordinary
 * tools. Methods that talk to a server block (start it if needed, wait for its answer up to its time-out): call
 * them off the UI thread. Failures are {@link McpException}s whose message says what went wrong.
 */
public interface McpServers {

	/** Every configured server, by name, started or not. */
	List<McpServerState> servers();

	/** Reads the configuration again and starts the servers (those already running and unchanged stay). */
	void refresh();

	/** Stops a server and starts it again. */
	void restart(String server) throws McpException;

	List<McpResource> resources(String server) throws McpException;

	/** The resource's contents as text (binary contents are described, not inlined), capped. */
	String readResource(String server, String uri) throws McpException;

	List<McpPrompt> prompts(String server) throws McpException;

	/** The prompt filled in with the arguments, as text: one block per message, each headed by its role. */
	String getPrompt(String server, String name, Map<String, String> arguments) throws McpException;

	/** The servers in the user's own {@code mcp.json}, as written there (disabled ones too). */
	List<McpServerEntry> userServers() throws McpException;

	/**
	 * Adds a server to the user's {@code mcp.json}, or replaces the one named {@code replacing} (empty for a new
	 * server), keeping everything else in the file; then reads the configuration again.
	 */
	void saveUserServer(String replacing, McpServerEntry server) throws McpException;

	/** Removes a server from the user's {@code mcp.json}, keeping everything else; then reads it again. */
	void removeUserServer(String name) throws McpException;

	/** Told (on a background thread) when a server's state changes: started, stopped, restarted, failed. */
	void addListener(Consumer<McpServerState> listener);

	void removeListener(Consumer<McpServerState> listener);
}
