package dev.piassistant.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What to append to the audit trail.
 *
 * @param session   the session, or empty
 * @param task      the task, or empty
 * @param callId    the tool call, or empty
 * @param tool      the tool's name, or empty
 * @param decision  for decisions and answers: allow, ask, deny, approve, refuse; empty otherwise
 * @param decidedBy who or what decided: the rule, the grant, "user"; empty when nobody decided
 * @param summary   a short line: the arguments, the result, the files
 */
public record AuditRecord(Instant at, String session, String task, String callId, String tool, AuditKind kind,
		String decision, String decidedBy, String summary) {

	public AuditRecord {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(callId, "callId");
		Objects.requireNonNull(tool, "tool");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(summary, "summary");
	}
}
