package dev.piassistant.core.audit;

import java.util.Objects;

/**
 * An entry of the audit trail: what was appended, its place in the chain, and the hashes that link it.
 *
 * @param hash         SHA-256 of the previous hash and this entry's fields, in hex
 * @param previousHash the hash of the entry before (64 zeros for the first)
 */
public record AuditEntry(long sequence, AuditRecord record, String previousHash, String hash) {

	public AuditEntry {
		Objects.requireNonNull(record, "record");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(hash, "hash");
	}
}
