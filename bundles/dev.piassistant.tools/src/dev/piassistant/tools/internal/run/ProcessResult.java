package dev.piassistant.tools.internal.run;

/**
 * How a process run went.
 *
 * @param exitCode   its exit code; -1 when it was killed
 * @param omitted    bytes of output left out to keep within the cap
 * @param timedOut   whether it ran out of time (and was killed with its children)
 * @param cancelled  whether the task was stopped (and it was killed with its children)
 */
public record ProcessResult(int exitCode, String stdout, String stderr, long omitted, boolean timedOut, boolean cancelled,
		long millis) {
}
