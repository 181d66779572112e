package dev.piassistant.tools.internal.audit;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.piassistant.core.audit.AuditEntry;

/** Audit entries as a JSON array, one object per entry with every field and both hashes. */
final class AuditJson {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private AuditJson() {
	}

	static String write(List<AuditEntry> entries) {
		var array = JSON.createArrayNode();
		for (var entry : entries) {
			var record = entry.record();
			array.addObject().put("sequence", entry.sequence()).put("at", ChainHash.time(record.at())).put("session", record.session())
					.put("task", record.task()).put("callId", record.callId()).put("tool", record.tool()).put("kind", record.kind().name())
					.put("decision", record.decision()).put("decidedBy", record.decidedBy()).put("summary", record.summary())
					.put("previousHash", entry.previousHash()).put("hash", entry.hash());
		}
		try {
			return JSON.writeValueAsString(array);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("A tree of strings and numbers always writes", e);
		}
	}
}
