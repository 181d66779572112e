package dev.piassistant.inference.internal;

import java.time.Duration;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.HardwareProfile;

/**
 * The hardware probed once, and again at most every few seconds when fresh figures are asked for: GPU
 * memory changes as other programs use it, but the probe starts a process.
 */
public final class HardwareCache {

	private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

	private final HardwareProbe probe;
	private @Nullable HardwareProfile profile;
	private long probedAt;

	public HardwareCache(HardwareProbe probe) {
		this.probe = probe;
	}

	public synchronized HardwareProfile profile() {
		var current = profile;
		return current != null ? current : fresh();
	}

	public synchronized HardwareProfile fresh() {
		var current = profile;
		if (current == null || System.nanoTime() - probedAt > FRESH_NANOS) {
			current = probe.probe();
			profile = current;
			probedAt = System.nanoTime();
		}
		return current;
	}
}
