package dev.piassistant.tools.internal.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process with everything it started: its process group (it leads one, started under setsid) and its
 * descendants as the system lists them, which catches children that left the group.
 */
final class ProcessTree {

	private final Process process;

	ProcessTree(Process process) {
		this.process = process;
	}

	/** Kills the process, its group and every descendant still known. */
	void kill() {
		var descendants = process.descendants().toList();
		killGroup();
		descendants.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.descendants().forEach(ProcessHandle::destroyForcibly);
	}

	/** Kills what is left of the process group: children the process left running when it ended. */
	void killGroup() {
		try {
			var kill = new ProcessBuilder(List.of("kill", "-KILL", "--", "-" + process.pid())).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			kill.waitFor(5, TimeUnit.SECONDS);
		} catch (IOException e) {
			// No kill command: the descendants are killed one by one instead.
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
