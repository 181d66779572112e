package dev.piassistant.core.training;

import java.util.Objects;

/** Precision, recall and F1 of one class, on the test split. */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {

	public ClassMetrics {
		Objects.requireNonNull(label, "label");
	}
}
