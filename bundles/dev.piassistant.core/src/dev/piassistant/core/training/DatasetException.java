package dev.piassistant.core.training;

import java.util.Objects;

/** A dataset cannot be trained on; nothing was written. The message words the problem for the user. */
public class DatasetException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient DatasetProblem problem;

	public DatasetException(DatasetProblem problem, String message) {
		super(message);
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public DatasetProblem problem() {
		return problem;
	}
}
