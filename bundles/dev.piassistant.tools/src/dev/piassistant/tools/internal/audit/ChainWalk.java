package dev.piassistant.tools.internal.audit;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.audit.AuditRecord;
import dev.piassistant.core.audit.ChainCheck;

/** Checks the entries one by one, in sequence order, against the chain they must form; the first break wins. */
final class ChainWalk {

	private long expected = 1;
	private String previous = ChainHash.FIRST_PREVIOUS;
	private ChainCheck.@Nullable Broken broken;

	void next(long sequence, String previousHash, String hash, AuditRecord record) {
		if (broken != null) {
			return;
		}
		if (sequence != expected || !previousHash.equals(previous)) {
			broken = new ChainCheck.Broken(sequence, ChainCheck.Reason.UNLINKED);
		} else if (!ChainHash.of(previousHash, sequence, record).equals(hash)) {
			broken = new ChainCheck.Broken(sequence, ChainCheck.Reason.ALTERED);
		}
		expected = sequence + 1;
		previous = hash;
	}

	/** @param headSequence the last sequence number appended, as the head says */
	ChainCheck end(long headSequence, String headHash) {
		var found = broken;
		if (found != null) {
			return found;
		}
		var last = expected - 1;
		if (headSequence > last) {
			return new ChainCheck.Broken(headSequence, ChainCheck.Reason.TRUNCATED);
		}
		if (headSequence < last || !headHash.equals(previous)) {
			// Entries after the head, or a head that names another last entry: the trail was rewritten.
			return new ChainCheck.Broken(last, ChainCheck.Reason.ALTERED);
		}
		return new ChainCheck.Intact(last);
	}
}
