package dev.piassistant.tools.mcp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpPrompt;
import dev.piassistant.core.mcp.McpResource;
import dev.piassistant.core.mcp.McpServerEntry;
import dev.piassistant.core.mcp.McpServerState;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.core.tool.WorkspaceModel;
import dev.piassistant.tools.mcp.internal.client.Connection;
import dev.piassistant.tools.mcp.internal.config.Contributions;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;
import dev.piassistant.tools.mcp.internal.config.ServerSources;
import dev.piassistant.tools.mcp.internal.config.UserServers;

/**
 * The configured MCP servers as one service: started when the agent first asks for tools, their tools offered
 * through a {@link dev.piassistant.core.tool.ToolProvider} registered again whenever they change.
 */
@Component(service = McpServers.class)
public final class McpClientComponent implements McpServers {

	private static final System.Logger LOG = System.getLogger(McpClientComponent.class.getName());

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "MCP servers");
		thread.setDaemon(true);
		return thread;
	});
	private final List<Consumer<McpServerState>> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Connection> connections = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();
	private volatile @Nullable WorkspaceModel workspaceModel;
	private @Nullable McpToolProvider provider;
	private boolean loaded;
	private boolean started;

	@Activate
	void activate(BundleContext context) {
		provider = new McpToolProvider(this, context, McpToolProvider.TOOLS_IN_CONTEXT);
		provider.register();
	}

	@Deactivate
	void deactivate() {
		var current = provider;
		if (current != null) {
			current.unregister();
		}
		stopAll();
		scheduler.shutdownNow();
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setWorkspaceModel(WorkspaceModel model) {
		workspaceModel = model;
	}

	void unsetWorkspaceModel(WorkspaceModel model) {
		if (workspaceModel == model) {
			workspaceModel = null;
		}
	}

	@Override
	public synchronized List<McpServerState> servers() {
		load();
		return connections.values().stream().map(this::state).toList();
	}

	/** Problems found in the configuration: files that are not valid, servers that lack a command. */
	public synchronized List<String> problems() {
		load();
		return List.copyOf(problems);
	}

	McpServerState state(Connection connection) {
		var names = connection.tools().stream().map(tool -> ToolNames.of(connection.config().name(), tool.name())).toList();
		return connection.state(names);
	}

	@Override
	public void refresh() {
		synchronized (this) {
			var before = new LinkedHashMap<>(connections);
			loaded = false;
			connections.clear();
			load();
			before.forEach((name, old) -> {
				var now = connections.get(name);
				if (now != null && now.config().equals(old.config())) {
					connections.put(name, old);
				} else {
					old.stop();
				}
			});
			started = false;
		}
		startAll();
		var current = provider;
		if (current != null) {
			current.registerAgain();
		}
	}

	/** Every configured server started (those that fail stay failed, with the reason in their state). */
	List<Connection> startAll() {
		List<Connection> all;
		synchronized (this) {
			load();
			all = List.copyOf(connections.values());
			if (started) {
				return running();
			}
			started = true;
		}
		// One thread each: servers start in parallel (the common pool may have a single worker).
		var starting = all.stream().map(connection -> {
			var thread = new Thread(() -> startQuietly(connection), "MCP server " + connection.config().name());
			thread.setDaemon(true);
			thread.start();
			return thread;
		}).toList();
		for (var thread : starting) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return running();
	}

	/** Starts a server, or starts again one that failed: this is the first start, or the user asked. */
	private static void startQuietly(Connection connection) {
		try {
			if (connection.status() == McpServerState.Status.FAILED) {
				connection.stop();
			}
			connection.client();
		} catch (McpException e) {
			LOG.log(System.Logger.Level.WARNING, e.getMessage());
		}
	}

	synchronized List<Connection> running() {
		return connections.values().stream().filter(connection -> !connection.tools().isEmpty()
				|| connection.status() == McpServerState.Status.RUNNING).toList();
	}

	synchronized boolean anyConfigured() {
		load();
		return !connections.isEmpty();
	}

	private void load() {
		if (loaded) {
			return;
		}
		loaded = true;
		problems.clear();
		var contributed = new ArrayList<ServerConfig>();
		var registry = RegistryFactory.getRegistry();
		if (registry != null) {
			contributed.addAll(Contributions.read(registry, problems));
		}
		var result = new ServerSources(System.getenv()).gather(projectRoots(), PiHome.directory(), contributed);
		problems.addAll(result.problems());
		problems.forEach(problem -> LOG.log(System.Logger.Level.WARNING, "MCP configuration: " + problem));
		for (var config : result.servers()) {
			connections.putIfAbsent(config.name(), new Connection(config, scheduler, this::changed));
		}
	}

	private List<Path> projectRoots() {
		var roots = new ArrayList<Path>();
		var location = Platform.getInstanceLocation();
		if (location != null && location.isSet()) {
			try {
				roots.add(Path.of(location.getURL().toURI()));
			} catch (java.net.URISyntaxException | IllegalArgumentException e) {
				LOG.log(System.Logger.Level.WARNING, "The workspace location " + location.getURL() + " is not a folder");
			}
		}
		var model = workspaceModel;
		if (model != null) {
			model.projectFolders().stream().filter(folder -> !roots.contains(folder)).forEach(roots::add);
		}
		return roots;
	}

	private void changed(Connection connection) {
		var state = state(connection);
		listeners.forEach(listener -> listener.accept(state));
		var current = provider;
		if (current != null) {
			current.changed();
		}
	}

	@Override
	public void restart(String server) throws McpException {
		var connection = connection(server);
		connection.stop();
		connection.client();
	}

	synchronized Connection connection(String server) throws McpException {
		load();
		var connection = connections.get(server);
		if (connection == null) {
			throw new McpException("No MCP server is named '" + server + "'. Configured: "
					+ (connections.isEmpty() ? "none" : String.join(", ", connections.keySet())) + ".");
		}
		return connection;
	}

	@Override
	public List<McpResource> resources(String server) throws McpException {
		return new Catalogue(connection(server)).resources();
	}

	@Override
	public String readResource(String server, String uri) throws McpException {
		return new Catalogue(connection(server)).read(uri);
	}

	@Override
	public List<McpPrompt> prompts(String server) throws McpException {
		return new Catalogue(connection(server)).prompts();
	}

	@Override
	public String getPrompt(String server, String name, Map<String, String> arguments) throws McpException {
		return new Catalogue(connection(server)).prompt(name, arguments);
	}

	@Override
	public List<McpServerEntry> userServers() throws McpException {
		return userFile().read();
	}

	@Override
	public void saveUserServer(String replacing, McpServerEntry server) throws McpException {
		userFile().save(replacing, server);
		refresh();
	}

	@Override
	public void removeUserServer(String name) throws McpException {
		userFile().remove(name);
		refresh();
	}

	private static UserServers userFile() {
		return new UserServers(PiHome.directory().resolve(ServerSources.USER_FILE));
	}

	@Override
	public void addListener(Consumer<McpServerState> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Consumer<McpServerState> listener) {
		listeners.remove(listener);
	}

	private synchronized void stopAll() {
		connections.values().forEach(Connection::stop);
	}

	ScheduledExecutorService scheduler() {
		return scheduler;
	}
}
