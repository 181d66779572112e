package dev.piassistant.install.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;

/** The errors logged while the probe runs, with their plug-in, message, children and stack traces. */
final class LoggedErrors implements ILogListener {

	private final List<String> errors = new ArrayList<>();

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			var text = new StringBuilder();
			describe(status, plugin, "", text);
			synchronized (errors) {
				errors.add(text.toString());
			}
		}
	}

	private static void describe(IStatus status, String plugin, String indent, StringBuilder text) {
		text.append(indent).append(status.getPlugin() == null ? plugin : status.getPlugin()).append(": ")
				.append(status.getMessage()).append('\n');
		if (status.getException() != null) {
			text.append(Probe.stackTrace(status.getException()));
		}
		for (var child : status.getChildren()) {
			describe(child, plugin, indent + "  ", text);
		}
	}

	Properties asProperties() {
		var properties = new Properties();
		synchronized (errors) {
			properties.setProperty("errors", Integer.toString(errors.size()));
			for (int i = 0; i < errors.size(); i++) {
				properties.setProperty("error." + i, errors.get(i));
			}
		}
		return properties;
	}
}
