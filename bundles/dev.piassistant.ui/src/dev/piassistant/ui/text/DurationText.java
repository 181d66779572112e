package dev.piassistant.ui.text;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

/** How long something took, as a person says it: 340 ms, 4.2 s, 3 min 5 s. */
public final class DurationText {

	private DurationText() {
	}

	public static String of(Duration duration) {
		return ofMillis(duration.toMillis());
	}

	public static String ofMillis(long took) {
		var millis = Math.max(0, took);
		if (millis < 1000) {
			return NLS.bind(Messages.Duration_millis, millis);
		}
		if (millis < 60_000) {
			return NLS.bind(Messages.Duration_seconds, String.format("%.1f", millis / 1000.0));
		}
		return NLS.bind(Messages.Duration_minutes, millis / 60_000, (millis % 60_000) / 1000);
	}
}
