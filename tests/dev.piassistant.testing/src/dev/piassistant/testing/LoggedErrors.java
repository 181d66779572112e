package dev.piassistant.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Collects the errors that reach the Eclipse log between {@link #start()} and {@link #stop()}. */
public final class LoggedErrors implements ILogListener {

	private final List<IStatus> errors = new CopyOnWriteArrayList<>();

	public void start() {
		Platform.addLogListener(this);
	}

	/** Stops listening and answers what was logged at error severity meanwhile. */
	public List<IStatus> stop() {
		Platform.removeLogListener(this);
		return List.copyOf(errors);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	}

	public static String describe(List<IStatus> errors) {
		return errors.stream().map(LoggedErrors::describe)
				.collect(Collectors.joining("\n", errors.size() + " error(s) logged during the test:\n", ""));
	}

	private static String describe(IStatus status) {
		var exception = status.getException();
		return status.getPlugin() + ": " + status.getMessage() + (exception == null ? "" : " (" + exception + ")");
	}
}
