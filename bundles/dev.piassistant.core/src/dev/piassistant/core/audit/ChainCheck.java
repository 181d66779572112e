package dev.piassistant.core.audit;

/** What checking the audit trail's hash chain found. */
public sealed interface ChainCheck {

	/** Every entry is as it was appended, and none is missing. */
	record Intact(long entries) implements ChainCheck {
	}

	/**
	 * The chain is broken at an entry.
	 *
	 * @param sequence the first entry that does not fit (for a missing tail: the last one there should be)
	 */
	record Broken(long sequence, Reason reason) implements ChainCheck {
	}

	enum Reason {
		/** The entry's fields do not give its hash: it was changed. */
		ALTERED,
		/** The entry does not link to the one before: entries were deleted or inserted before it. */
		UNLINKED,
		/** The last entries are gone: the trail ends before the last entry appended. */
		TRUNCATED
	}
}
