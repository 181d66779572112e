package dev.piassistant.core.audit;

/** What an audit entry records. */
public enum AuditKind {
	/** The model asked for a tool call. */
	REQUEST,
	/** The permission policy decided about it. */
	DECISION,
	/** The user answered an approval. */
	ANSWER,
	/** The call ended; the summary says how. */
	RESULT,
	/** Files were kept before a write. */
	CHECKPOINT,
	/** Files were put back (an undo). */
	RESTORE,
	/** A change set was proposed, accepted or rejected. */
	CHANGE_SET
}
