package dev.piassistant.planning.internal.loop;

import dev.piassistant.core.agent.TaskProblem;

/** The task cannot go on; unwinds the loop to where the failure is recorded. */
final class TaskFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient TaskProblem problem;

	TaskFailure(TaskProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	TaskProblem problem() {
		return problem;
	}
}
