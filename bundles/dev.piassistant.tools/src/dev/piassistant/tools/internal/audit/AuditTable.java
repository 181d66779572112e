package dev.piassistant.tools.internal.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.audit.AuditEntry;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditRecord;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.audit.ChainCheck;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Row;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.tools.internal.ToolsSchema;

/**
 * The audit trail in the workspace database. Each entry carries the hash of the one before; a one-row head keeps
 * the last sequence number and hash, so that deleting the newest entries shows too.
 */
@Component(service = AuditTrail.class)
public final class AuditTable implements AuditTrail {

	private static final String COLUMNS = "seq, at, session, task, call, tool, kind, decision, decided_by, summary, previous_hash, hash";

	private final Database database;

	@Activate
	public AuditTable(@Reference Database database, @Reference(target = ToolsSchema.TARGET) SchemaContribution schema) {
		this.database = database;
	}

	@Override
	public AuditEntry append(AuditRecord record) {
		return database.write(sql -> {
			var head = sql.queryFirst("SELECT seq, hash FROM audit_head WHERE id = 1", row -> new Head(row.integer("seq"), row.text("hash")))
					.orElse(new Head(0, ChainHash.FIRST_PREVIOUS));
			var sequence = head.sequence() + 1;
			var entry = new AuditEntry(sequence, record, head.hash(), ChainHash.of(head.hash(), sequence, record));
			sql.insert("INSERT INTO audit_trail (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sequence,
					ChainHash.time(record.at()), record.session(), record.task(), record.callId(), record.tool(), record.kind().name(),
					record.decision(), record.decidedBy(), record.summary(), entry.previousHash(), entry.hash());
			sql.update("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, "
					+ "hash = excluded.hash", sequence, entry.hash());
			return entry;
		});
	}

	@Override
	public List<AuditEntry> list(AuditFilter filter) {
		var where = new ArrayList<String>();
		var arguments = new ArrayList<Object>();
		filter.task().ifPresent(task -> criterion(where, arguments, "task = ?", task));
		filter.tool().ifPresent(tool -> criterion(where, arguments, "tool = ?", tool));
		filter.decision().ifPresent(decision -> criterion(where, arguments, "decision = ?", decision));
		filter.kind().ifPresent(kind -> criterion(where, arguments, "kind = ?", kind.name()));
		filter.from().ifPresent(from -> criterion(where, arguments, "at >= ?", ChainHash.time(from)));
		filter.to().ifPresent(to -> criterion(where, arguments, "at < ?", ChainHash.time(to)));
		arguments.add(filter.limit());
		var query = "SELECT " + COLUMNS + " FROM audit_trail" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY seq DESC LIMIT ?";
		var newestFirst = database.read(sql -> sql.query(query, AuditTable::entry, arguments.toArray()));
		var entries = new ArrayList<>(newestFirst);
		Collections.reverse(entries);
		return entries;
	}

	private static void criterion(List<String> where, List<Object> arguments, String condition, Object value) {
		where.add(condition);
		arguments.add(value);
	}

	@Override
	public ChainCheck verify() {
		return database.read(sql -> {
			var check = new ChainWalk();
			sql.query("SELECT " + COLUMNS + " FROM audit_trail ORDER BY seq", row -> {
				check.next(row.integer("seq"), row.text("previous_hash"), row.text("hash"), record(row));
				return null;
			});
			var head = sql.queryFirst("SELECT seq, hash FROM audit_head WHERE id = 1", row -> new Head(row.integer("seq"), row.text("hash")));
			return check.end(head.map(Head::sequence).orElse(0L), head.map(Head::hash).orElse(ChainHash.FIRST_PREVIOUS));
		});
	}

	@Override
	public String exportJson(AuditFilter filter) {
		return AuditJson.write(list(filter));
	}

	private static AuditEntry entry(Row row) {
		return new AuditEntry(row.integer("seq"), record(row), row.text("previous_hash"), row.text("hash"));
	}

	private static AuditRecord record(Row row) {
		return new AuditRecord(ChainHash.instant(row.text("at")), row.text("session"), row.text("task"), row.text("call"), row.text("tool"),
				kind(row.text("kind")), row.text("decision"), row.text("decided_by"), row.text("summary"));
	}

	/** A kind this version does not know (a row edited by hand) still reads, and fails the chain check. */
	private static AuditKind kind(String name) {
		try {
			return AuditKind.valueOf(name);
		} catch (IllegalArgumentException e) {
			return AuditKind.REQUEST;
		}
	}

	private record Head(long sequence, String hash) {
	}
}
