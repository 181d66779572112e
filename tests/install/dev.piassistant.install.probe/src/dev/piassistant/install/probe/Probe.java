package dev.piassistant.install.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Installed next to Pi Assistant by the install test: once the workbench is up it opens the Agent view,
 * writes what it saw (view, bundle states, logged errors) to the file named by
 * {@value #OUTPUT_PROPERTY}, and closes Eclipse. It needs nothing of Pi Assistant to load, so it still
 * reports when Pi Assistant's bundles did not resolve.
 */
public final class Probe implements IStartup {

	public static final String OUTPUT_PROPERTY = "piassistant.installprobe.out";

	@Override
	public void earlyStartup() {
		var output = System.getProperty(OUTPUT_PROPERTY);
		if (output == null) {
			return;
		}
		try {
			write(report(), Path.of(output));
		} finally {
			var workbench = PlatformUI.getWorkbench();
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}

	private static Properties report() {
		var report = new Properties();
		var errors = new LoggedErrors();
		Platform.addLogListener(errors);
		try {
			report.putAll(new AgentViewCheck(PlatformUI.getWorkbench().getDisplay()).run());
		} catch (RuntimeException | Error e) {
			report.setProperty("probe.failure", stackTrace(e));
		} finally {
			Platform.removeLogListener(errors);
		}
		report.putAll(errors.asProperties());
		putBundleStates(report);
		return report;
	}

	private static void putBundleStates(Properties report) {
		var context = FrameworkUtil.getBundle(Probe.class).getBundleContext();
		for (var bundle : context.getBundles()) {
			if (bundle.getSymbolicName() != null) {
				report.setProperty("bundle." + bundle.getSymbolicName() + "_" + bundle.getVersion(), stateName(bundle.getState()));
			}
		}
	}

	static String stateName(int state) {
		return switch (state) {
		case Bundle.UNINSTALLED -> "UNINSTALLED";
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.STOPPING -> "STOPPING";
		case Bundle.ACTIVE -> "ACTIVE";
		default -> "UNKNOWN(" + state + ")";
		};
	}

	static String stackTrace(Throwable e) {
		var text = new StringWriter();
		e.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

	/** Written aside and moved, so the test never reads half a report. */
	private static void write(Properties report, Path output) {
		try {
			Files.createDirectories(output.toAbsolutePath().getParent());
			var partial = output.resolveSibling(output.getFileName() + ".part");
			try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				report.store(writer, "Pi Assistant install probe");
			}
			Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot write the probe report to " + output, e);
		}
	}
}
