package dev.piassistant.ui.internal.mcp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.ui.internal.preferences.Messages;

/**
 * Serves Pi's and the IDE's tools over MCP on the loopback interface while the user has it turned on: started with
 * the bundle when the preference says so, started, stopped or moved to another port as the preference changes,
 * and stopped with the bundle. Starting and stopping run as a job of {@link #FAMILY}, never on the UI thread.
 */
@Component(service = IdeMcpServer.class, immediate = true)
public final class IdeMcpServer {

	public static final Object FAMILY = IdeMcpServer.class;
	private static final long BURST_MILLIS = 100;

	/** Where the serving is. */
	public record State(Status status, String url, String problem) {

		public enum Status {
			OFF, LISTENING, FAILED
		}

		static final State OFF = new State(Status.OFF, "", "");
	}

	private final McpToolServer tools;
	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
	private final IEclipsePreferences.IPreferenceChangeListener follower = event -> apply();
	private McpToolServer.@Nullable HttpServing serving;
	private volatile State state = State.OFF;
	private final Job restarter = new Job(Messages.ServingPage_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			restart();
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	@Activate
	public IdeMcpServer(@Reference McpToolServer tools) {
		this.tools = tools;
		restarter.setSystem(true);
		ServingPreferences.node().addPreferenceChangeListener(follower);
		apply();
	}

	@Deactivate
	void deactivate() throws InterruptedException {
		ServingPreferences.node().removePreferenceChangeListener(follower);
		Job.getJobManager().cancel(FAMILY);
		Job.getJobManager().join(FAMILY, null);
		stop();
	}

	public State state() {
		return state;
	}

	public void addListener(Consumer<State> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<State> listener) {
		listeners.remove(listener);
	}

	/**
	 * Brings the serving in line with the preferences, in a job. A burst of changes (the port and the switch are
	 * stored one after the other) is handled once: the one job is scheduled again, after a short pause.
	 */
	public void apply() {
		restarter.schedule(BURST_MILLIS);
	}

	private synchronized void restart() {
		stop();
		if (!ServingPreferences.enabled()) {
			changed(State.OFF);
			return;
		}
		try {
			var options = new McpToolServer.Options(workspace(), ServingPreferences.allowed(), false);
			var started = tools.serveHttp(ServingPreferences.port(), ServingToken.get(), options);
			serving = started;
			changed(new State(State.Status.LISTENING, started.url(), ""));
		} catch (IOException | RuntimeException e) {
			var problem = NLS.bind(Messages.ServingPage_failed, ServingPreferences.port(), e.getMessage() == null ? e.toString() : e.getMessage());
			ILog.of(getClass()).warn(problem, e);
			changed(new State(State.Status.FAILED, "", problem));
		}
	}

	private synchronized void stop() {
		var current = serving;
		serving = null;
		if (current != null) {
			current.close();
		}
	}

	private void changed(State now) {
		state = now;
		listeners.forEach(listener -> listener.accept(now));
	}

	/** The workspace's folder: what the served tools' relative paths start from. */
	private static Path workspace() {
		var location = Platform.getInstanceLocation();
		if (location == null || !location.isSet()) {
			return Path.of(System.getProperty("user.dir"));
		}
		return new File(location.getURL().getFile()).toPath();
	}
}
