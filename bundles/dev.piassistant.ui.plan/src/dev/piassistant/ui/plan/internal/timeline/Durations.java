package dev.piassistant.ui.plan.internal.timeline;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.ui.plan.internal.Messages;

/** How long something took, as a person says it: 340 ms, 4.2 s, 3 min 5 s. */
final class Durations {

	private Durations() {
	}

	static String of(Duration duration) {
		var millis = Math.max(0, duration.toMillis());
		if (millis < 1000) {
			return NLS.bind(Messages.Duration_millis, millis);
		}
		if (millis < 60_000) {
			return NLS.bind(Messages.Duration_seconds, String.format("%.1f", millis / 1000.0));
		}
		return NLS.bind(Messages.Duration_minutes, millis / 60_000, (millis % 60_000) / 1000);
	}
}
