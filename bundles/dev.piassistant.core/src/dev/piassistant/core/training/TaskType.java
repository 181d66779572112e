package dev.piassistant.core.training;

/** What a model learns to do. */
public enum TaskType {
	/** A label for a piece of text (a support ticket, a commit message). */
	TEXT_CLASSIFICATION,
	/** A label for a row of numbers and categories. */
	TABULAR_CLASSIFICATION,
	/** A number for a row of numbers and categories. */
	TABULAR_REGRESSION;

	public boolean isClassification() {
		return this != TABULAR_REGRESSION;
	}
}
