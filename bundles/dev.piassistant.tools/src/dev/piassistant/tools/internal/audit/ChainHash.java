package dev.piassistant.tools.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import dev.piassistant.core.audit.AuditRecord;

/**
 * The hash that links an entry to the one before: SHA-256 over the previous hash, the sequence number and every
 * field, each field prefixed with its length so that no two different entries give the same input.
 */
public final class ChainHash {

	static final String FIRST_PREVIOUS = "0".repeat(64);
	/** Fixed width, so that times compare as text in SQL; microseconds, as the database keeps them. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	public static String time(Instant at) {
		return TIME.format(at.truncatedTo(ChronoUnit.MICROS));
	}

	static Instant instant(String time) {
		return Instant.parse(time);
	}

	public static String of(String previousHash, long sequence, AuditRecord record) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (var field : new String[] { previousHash, Long.toString(sequence), time(record.at()), record.session(), record.task(),
					record.callId(), record.tool(), record.kind().name(), record.decision(), record.decidedBy(), record.summary() }) {
				var bytes = field.getBytes(StandardCharsets.UTF_8);
				digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
