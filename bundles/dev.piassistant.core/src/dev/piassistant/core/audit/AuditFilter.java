package dev.piassistant.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries to list: each given criterion must match (task and tool exactly, decision and kind exactly,
 * time within [from, to)); the newest {@code limit} entries, oldest first.
 */
public record AuditFilter(Optional<String> task, Optional<String> tool, Optional<String> decision, Optional<AuditKind> kind,
		Optional<Instant> from, Optional<Instant> to, int limit) {

	public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), Integer.MAX_VALUE);

	public AuditFilter {
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(tool, "tool");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (limit <= 0) {
			throw new IllegalArgumentException("limit must be positive");
		}
	}

	public AuditFilter withTask(String value) {
		return new AuditFilter(Optional.of(value), tool, decision, kind, from, to, limit);
	}

	public AuditFilter withTool(String value) {
		return new AuditFilter(task, Optional.of(value), decision, kind, from, to, limit);
	}

	public AuditFilter withDecision(String value) {
		return new AuditFilter(task, tool, Optional.of(value), kind, from, to, limit);
	}

	public AuditFilter withKind(AuditKind value) {
		return new AuditFilter(task, tool, decision, Optional.of(value), from, to, limit);
	}

	public AuditFilter between(Optional<Instant> start, Optional<Instant> end) {
		return new AuditFilter(task, tool, decision, kind, start, end, limit);
	}

	public AuditFilter limitedTo(int count) {
		return new AuditFilter(task, tool, decision, kind, from, to, count);
	}
}
