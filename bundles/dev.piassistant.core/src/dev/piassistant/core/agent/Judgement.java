package dev.piassistant.core.agent;

import java.util.Objects;

/**
 * How a tool result compares with what its step expected, and on what grounds.
 *
 * @param detail the evidence: an exit code, a test count, the tool's error, or the model's reasoning when
 *               it was asked to judge
 */
public record Judgement(Verdict verdict, Signal signal, String detail) {

	public Judgement {
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(signal, "signal");
		detail = detail == null ? "" : detail;
	}

	public enum Verdict {
		AS_EXPECTED, DIVERGED, UNCLEAR
	}

	/** What the verdict rests on, cheapest first. */
	public enum Signal {
		/** The tool reported an error. */
		TOOL_ERROR,
		/** A process's exit code. */
		EXIT_CODE,
		/** Test counts. */
		TESTS,
		/** The tool returned without error and there is nothing more to go by. */
		NO_ERROR,
		/** The model was asked to judge. */
		MODEL,
		/** Nothing to go by. */
		NONE
	}

	public boolean diverged() {
		return verdict == Verdict.DIVERGED;
	}
}
