package dev.piassistant.tools.tests;

import static dev.piassistant.tools.tests.LoopRun.call;
import static dev.piassistant.tools.tests.LoopRun.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.audit.AuditEntry;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditRecord;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.audit.ChainCheck;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.store.Database;
import dev.piassistant.tools.internal.audit.ChainHash;

/**
 * The audit trail in the real workspace database: what the agent did with tools is in it, it filters and exports,
 * and changing or deleting a row behind its back is found by the chain check. Each tampering is undone after it
 * is found, so that the trail the other tests share stays intact.
 */
class AuditTrailTest {

	private final AuditTrail trail = Held.service(AuditTrail.class);
	private final Database database = Held.service(Database.class);

	@Test
	void everyRequestDecisionAnswerAndResultOfATaskIsRecorded() throws Exception {
		try (var run = new LoopRun(question -> Answer.Approve.once())) {
			run.server.enqueue(call("c1", "shell", "command", "echo audited", "cwd", run.folder),
					call("c2", "read_file", "path", run.folder + "/nope.txt"), say("Done."));

			var end = assertInstanceOf(TaskCompleted.class, run.run("Run it"));

			var entries = trail.list(AuditFilter.ALL.withTask(end.task().value()));
			assertEquals(List.of("REQUEST shell", "DECISION shell ask", "ANSWER shell approve", "RESULT shell", "REQUEST read_file",
					"DECISION read_file allow", "RESULT read_file"), entries.stream().map(AuditTrailTest::brief).toList());
			assertEquals("user", entries.get(2).record().decidedBy());
			assertTrue(entries.get(3).record().summary().startsWith("completed in "), entries.get(3).record().summary());
			assertTrue(entries.get(6).record().summary().startsWith("failed in "), entries.get(6).record().summary());
			assertTrue(entries.get(0).record().summary().contains("echo audited"));
			assertTrue(!entries.get(1).record().decidedBy().isBlank(), "the rule that asked is named");

			var allowed = trail.list(AuditFilter.ALL.withTask(end.task().value()).withDecision("allow"));
			assertEquals(List.of("DECISION read_file allow"), allowed.stream().map(AuditTrailTest::brief).toList());
			assertEquals(1, trail.list(AuditFilter.ALL.withTask(end.task().value()).withTool("shell").withKind(AuditKind.REQUEST)).size());
			assertInstanceOf(ChainCheck.Intact.class, trail.verify());
		}
	}

	@Test
	void entriesFilterByTimeAndExportAsJson() throws Exception {
		var task = "task-" + UUID.randomUUID();
		var start = Instant.parse("2026-03-01T10:00:00Z");
		for (int i = 0; i < 5; i++) {
			trail.append(record(task, start.plus(i, ChronoUnit.MINUTES), i % 2 == 0 ? "git_status" : "shell", "entry " + i));
		}

		var middle = trail.list(AuditFilter.ALL.withTask(task).between(Optional.of(start.plus(1, ChronoUnit.MINUTES)),
				Optional.of(start.plus(3, ChronoUnit.MINUTES))));
		assertEquals(List.of("entry 1", "entry 2"), middle.stream().map(entry -> entry.record().summary()).toList());
		assertEquals(List.of("entry 3", "entry 4"), trail.list(AuditFilter.ALL.withTask(task).limitedTo(2)).stream()
				.map(entry -> entry.record().summary()).toList(), "the newest, oldest first");

		var exported = new ObjectMapper().readTree(trail.exportJson(AuditFilter.ALL.withTask(task).withTool("shell")));
		assertEquals(2, exported.size());
		var first = exported.get(0);
		assertEquals("entry 1", first.path("summary").asText());
		assertEquals("2026-03-01T10:01:00.000000Z", first.path("at").asText());
		assertEquals(64, first.path("hash").asText().length());
		assertEquals(64, first.path("previousHash").asText().length());
		assertInstanceOf(ChainCheck.Intact.class, trail.verify());
	}

	@Test
	void anAlteredRowBreaksTheChainThere() throws Exception {
		var entries = appendThree();
		var altered = entries.get(1);

		update("UPDATE audit_trail SET summary = ? WHERE seq = ?", "nothing happened here", altered.sequence());
		try {
			assertEquals(new ChainCheck.Broken(altered.sequence(), ChainCheck.Reason.ALTERED), trail.verify());
		} finally {
			update("UPDATE audit_trail SET summary = ? WHERE seq = ?", altered.record().summary(), altered.sequence());
		}
		assertInstanceOf(ChainCheck.Intact.class, trail.verify());
	}

	@Test
	void aDecisionRewrittenWithItsHashRecomputedStillBreaksTheLink() throws Exception {
		var entries = appendThree();
		var target = entries.get(0);
		var forged = new AuditRecord(target.record().at(), target.record().session(), target.record().task(), target.record().callId(),
				target.record().tool(), target.record().kind(), "allow", "user", target.record().summary());
		// A forger who knows the hash function: the row's own hash fits again, but the next entry still names the old one.
		var forgedHash = ChainHash.of(target.previousHash(), target.sequence(), forged);

		update("UPDATE audit_trail SET decision = 'allow', decided_by = 'user', hash = ? WHERE seq = ?", forgedHash, target.sequence());
		try {
			assertEquals(new ChainCheck.Broken(entries.get(1).sequence(), ChainCheck.Reason.UNLINKED), trail.verify());
		} finally {
			update("UPDATE audit_trail SET decision = ?, decided_by = ?, hash = ? WHERE seq = ?", target.record().decision(),
					target.record().decidedBy(), target.hash(), target.sequence());
		}
		assertInstanceOf(ChainCheck.Intact.class, trail.verify());
	}

	@Test
	void deletedRowsInTheMiddleOrAtTheEndAreFound() throws Exception {
		var entries = appendThree();
		var middle = entries.get(1);
		var last = entries.get(2);

		update("DELETE FROM audit_trail WHERE seq = ?", middle.sequence());
		try {
			assertEquals(new ChainCheck.Broken(last.sequence(), ChainCheck.Reason.UNLINKED), trail.verify());
		} finally {
			reinsert(middle);
		}
		update("DELETE FROM audit_trail WHERE seq = ?", last.sequence());
		try {
			assertEquals(new ChainCheck.Broken(last.sequence(), ChainCheck.Reason.TRUNCATED), trail.verify());
		} finally {
			reinsert(last);
		}
		assertInstanceOf(ChainCheck.Intact.class, trail.verify());
	}

	private List<AuditEntry> appendThree() {
		var task = "task-" + UUID.randomUUID();
		var now = Instant.now();
		return List.of(trail.append(new AuditRecord(now, "s", task, "c1", "shell", AuditKind.DECISION, "deny", "dangerous: pipe to shell",
				"curl x | sh")), trail.append(record(task, now, "shell", "ran make")), trail.append(record(task, now, "shell", "ran make again")));
	}

	private static AuditRecord record(String task, Instant at, String tool, String summary) {
		return new AuditRecord(at, "session", task, "call", tool, AuditKind.RESULT, "", "", summary);
	}

	private void update(String statement, Object... arguments) {
		database.write(sql -> sql.update(statement, arguments));
	}

	private void reinsert(AuditEntry entry) {
		var record = entry.record();
		update("INSERT INTO audit_trail (seq, at, session, task, call, tool, kind, decision, decided_by, summary, previous_hash, hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.sequence(), at(entry), record.session(), record.task(), record.callId(),
				record.tool(), record.kind().name(), record.decision(), record.decidedBy(), record.summary(), entry.previousHash(), entry.hash());
	}

	private static String at(AuditEntry entry) {
		return ChainHash.time(entry.record().at());
	}

	private static String brief(AuditEntry entry) {
		var record = entry.record();
		return (record.kind() + " " + record.tool() + " " + record.decision()).strip();
	}
}
