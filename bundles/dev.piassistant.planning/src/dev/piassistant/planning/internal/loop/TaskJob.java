package dev.piassistant.planning.internal.loop;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.piassistant.core.agent.AgentService;

/**
 * Runs a task in the background: shown in the Progress view with its steps, cancelled from there or through
 * the agent service. The job succeeds whatever the task's outcome; how the task ended is in the event log.
 */
public final class TaskJob extends Job {

	private final TaskRun run;

	public TaskJob(String name, TaskRun run) {
		super(name);
		this.run = run;
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		run.execute(monitor);
		return Status.OK_STATUS;
	}

	@Override
	protected void canceling() {
		run.cancel();
	}

	@Override
	public boolean belongsTo(Object family) {
		return AgentService.JOB_FAMILY.equals(family);
	}
}
