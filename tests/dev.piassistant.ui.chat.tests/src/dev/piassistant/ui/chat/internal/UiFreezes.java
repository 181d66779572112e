package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.ui.internal.monitoring.EventLoopMonitorThread;
import org.eclipse.ui.internal.monitoring.MonitoringPlugin;
import org.eclipse.ui.internal.monitoring.MonitoringStartup;
import org.eclipse.ui.monitoring.IUiFreezeEventLogger;
import org.eclipse.ui.monitoring.PreferenceConstants;
import org.eclipse.ui.monitoring.UiFreezeEvent;

/**
 * The platform's UI monitoring (org.eclipse.ui.monitoring) watching the display thread while a test runs:
 * every event that keeps the thread busy longer than the threshold reaches {@link Recorder}, which this
 * fragment registers as a freeze logger. The IDE's own monitor is off in a test run, so one is started here.
 */
final class UiFreezes implements AutoCloseable {

	/** Registered in fragment.xml; the monitor makes it. */
	public static final class Recorder implements IUiFreezeEventLogger {
		@Override
		public void log(UiFreezeEvent event) {
			FREEZES.add(event);
		}
	}

	private static final List<UiFreezeEvent> FREEZES = new CopyOnWriteArrayList<>();
	private final EventLoopMonitorThread monitor;

	UiFreezes(int thresholdMillis) {
		var store = MonitoringPlugin.getPreferenceStore();
		store.setValue(PreferenceConstants.LONG_EVENT_WARNING_THRESHOLD_MILLIS, thresholdMillis);
		store.setValue(PreferenceConstants.LONG_EVENT_ERROR_THRESHOLD_MILLIS, Math.max(thresholdMillis, 500));
		store.setValue(PreferenceConstants.LOG_TO_ERROR_LOG, false);
		FREEZES.clear();
		monitor = MonitoringStartup.createAndStartMonitorThread();
		// The monitor starts on the display thread; let it.
		Ui.spin(java.time.Duration.ofMillis(200));
	}

	List<UiFreezeEvent> freezes() {
		return List.copyOf(FREEZES);
	}

	/** The long events during which the display thread was seen in code of a package (by its prefix). */
	List<UiFreezeEvent> freezesIn(String packagePrefix) {
		return FREEZES.stream().filter(freeze -> java.util.Arrays.stream(freeze.getStackTraceSamples())
				.flatMap(sample -> java.util.Arrays.stream(sample.getStackTraces()))
				.flatMap(info -> java.util.Arrays.stream(info.getStackTrace()))
				.anyMatch(frame -> frame.getClassName().startsWith(packagePrefix) && !isTest(frame.getClassName()))).toList();
	}

	/**
	 * The long events during which the display thread itself (not a job's thread seen in the same sample) was in
	 * code of a package, class or method (by the prefix of its qualified name: {@code pkg.Class.method}).
	 */
	List<UiFreezeEvent> freezesOnDisplayThreadIn(String prefix) {
		var display = org.eclipse.swt.widgets.Display.getDefault().getThread().getId();
		return FREEZES.stream().filter(freeze -> java.util.Arrays.stream(freeze.getStackTraceSamples())
				.flatMap(sample -> java.util.Arrays.stream(sample.getStackTraces()))
				.filter(info -> info.getThreadId() == display)
				.flatMap(info -> java.util.Arrays.stream(info.getStackTrace()))
				.anyMatch(frame -> (frame.getClassName() + "." + frame.getMethodName()).startsWith(prefix)
						&& !isTest(frame.getClassName()))).toList();
	}

	/** The tests' own frames (they spin the event loop) are no one's freeze. */
	private static boolean isTest(String className) {
		return className.endsWith(".Ui") || className.contains("Test") || className.contains("AgentViewDriver");
	}

	static String report(List<UiFreezeEvent> freezes) {
		return freezes.stream().map(UiFreezes::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(UiFreezeEvent freeze) {
		var samples = freeze.getStackTraceSamples();
		// The innermost frames (what it did) and ours (who asked).
		var where = samples.length == 0 ? "" : java.util.Arrays.stream(samples[0].getStackTraces()).limit(1)
				.flatMap(info -> {
					var frames = java.util.Arrays.asList(info.getStackTrace());
					return java.util.stream.Stream.concat(frames.stream().limit(6),
							frames.stream().skip(6).filter(frame -> frame.getClassName().startsWith("dev.piassistant")).limit(12));
				}).map(Object::toString).collect(Collectors.joining("\n\tat ", "\n\tat ", ""));
		return freeze.getTotalDuration() + " ms" + where;
	}

	@Override
	public void close() {
		monitor.shutdown();
	}
}
