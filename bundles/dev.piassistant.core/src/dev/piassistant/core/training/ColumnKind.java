package dev.piassistant.core.training;

/** What a column holds, as read from its values. */
public enum ColumnKind {
	NUMBER,
	/** A few distinct short values. */
	CATEGORY,
	/** Free text: long or mostly distinct values. */
	TEXT
}
