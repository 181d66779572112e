package dev.piassistant.tools.jdt.internal.junit;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.internal.junit.model.TestRunSession;
import org.eclipse.jdt.junit.JUnitCore;
import org.eclipse.jdt.junit.TestRunListener;
import org.eclipse.jdt.junit.model.ITestCaseElement;
import org.eclipse.jdt.junit.model.ITestRunSession;

import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.tools.jdt.internal.CallMonitor;

/**
 * Launches a JUnit launch configuration as Eclipse does (a separate JVM that reports to JDT's test-run model, shown in
 * the JUnit view where there is one) and waits for its session to finish, for the time limit to pass or for the task
 * to be stopped; in the last two cases the launched JVM is terminated.
 */
public final class TestRun {

	private static final long POLL_MILLIS = 100;
	/** After the JVM ended, how long its last messages may take to reach the model. */
	private static final long DRAIN_MILLIS = 3_000;

	/** How the wait ended. */
	public enum End {
		FINISHED, JVM_ENDED, TIMED_OUT, CANCELLED
	}

	/**
	 * The launch, its session (null when the JVM never reported one), how the wait ended, how long it took from the
	 * launch (the JVM's start included), and the tests started but not ended when the wait ended.
	 */
	public record Outcome(ILaunch launch, @Nullable ITestRunSession session, End end, Duration took, List<String> running) {
		public Outcome {
			running = List.copyOf(running);
		}
	}

	private final List<ITestRunSession> started = new CopyOnWriteArrayList<>();
	private final List<ITestRunSession> finished = new CopyOnWriteArrayList<>();
	private final Set<ITestCaseElement> inProgress = ConcurrentHashMap.newKeySet();
	private final TestRunListener listener = new TestRunListener() {
		@Override
		public void sessionLaunched(ITestRunSession session) {
			started.add(session);
		}

		@Override
		public void sessionFinished(ITestRunSession session) {
			finished.add(session);
		}

		// Followed here, not read from the tree at the end: once the JVM is killed, newer JDT marks such tests stopped.
		@Override
		public void testCaseStarted(ITestCaseElement test) {
			inProgress.add(test);
		}

		@Override
		public void testCaseFinished(ITestCaseElement test) {
			inProgress.remove(test);
		}
	};


	/** Runs the configuration and waits as described above. */
	public Outcome run(ILaunchConfiguration configuration, ToolContext context, Duration limit)
			throws CoreException, InterruptedException {
		JUnitCore.addTestRunListener(listener);
		try {
			// Built already by the caller; registered, so that JDT's test-run model connects to the JVM.
			var start = System.nanoTime();
			var launch = configuration.launch(ILaunchManager.RUN_MODE, new CallMonitor(context), false, true);
			context.onCancel(() -> terminate(launch));
			return await(launch, context, start, start + limit.toNanos());
		} finally {
			JUnitCore.removeTestRunListener(listener);
		}
	}

	private Outcome await(ILaunch launch, ToolContext context, long start, long deadline) throws InterruptedException {
		long ended = 0;
		while (true) {
			var session = find(finished, launch);
			if (session != null) {
				return new Outcome(launch, session, End.FINISHED, since(start), List.of());
			}
			if (context.isCancelled()) {
				return stopped(launch, End.CANCELLED, start);
			}
			if (System.nanoTime() - deadline > 0) {
				return stopped(launch, End.TIMED_OUT, start);
			}
			if (launch.isTerminated()) {
				ended = ended == 0 ? System.nanoTime() : ended;
				if (System.nanoTime() - ended > DRAIN_MILLIS * 1_000_000) {
					var reported = find(started, launch);
					return new Outcome(launch, reported, End.JVM_ENDED, since(start), running(reported));
				}
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Notes the tests in progress, then terminates the JVM. */
	private Outcome stopped(ILaunch launch, End end, long start) {
		var session = find(started, launch);
		var running = running(session);
		terminate(launch);
		return new Outcome(launch, session, end, since(start), running);
	}

	private List<String> running(@Nullable ITestRunSession session) {
		return inProgress.stream().filter(test -> session != null && test.getTestRunSession() == session)
				.map(test -> test.getTestClassName() + "." + test.getTestMethodName()).sorted().toList();
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static @Nullable ITestRunSession find(List<ITestRunSession> sessions, ILaunch launch) {
		for (var session : sessions) {
			if (session instanceof TestRunSession run && run.getLaunch() == launch) {
				return session;
			}
		}
		return null;
	}

	private static void terminate(ILaunch launch) {
		try {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
		} catch (CoreException e) {
			// Killing failed (the JVM ended meanwhile): nothing is left to stop.
		}
	}
}
