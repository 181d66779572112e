package dev.piassistant.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.args.Command;
import dev.piassistant.core.audit.AuditEntry;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.audit.ChainCheck;

/**
 * {@code pi audit}: the workspace's audit trail on the terminal, one entry per line (or the JSON export), or the
 * check of its hash chain, which exits with 1 when the trail was tampered with.
 */
final class AuditCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	private final AuditTrail trail;
	private final Pi.Streams streams;

	AuditCommand(AuditTrail trail, Pi.Streams streams) {
		this.trail = trail;
		this.streams = streams;
	}

	ExitCode run(Command.Audit command) {
		try {
			if (command.verify()) {
				return verify();
			}
			if (command.common().json()) {
				streams.out().println(trail.exportJson(command.filter()));
				return ExitCode.COMPLETED;
			}
			var entries = trail.list(command.filter());
			if (entries.isEmpty()) {
				streams.err().println(Messages.Audit_empty);
			}
			entries.forEach(entry -> streams.out().println(line(entry)));
			return ExitCode.COMPLETED;
		} finally {
			streams.out().flush();
		}
	}

	private ExitCode verify() {
		var check = trail.verify();
		if (check instanceof ChainCheck.Broken broken) {
			var why = switch (broken.reason()) {
				case ALTERED -> Messages.Audit_altered;
				case UNLINKED -> Messages.Audit_unlinked;
				case TRUNCATED -> Messages.Audit_truncated;
			};
			streams.out().println(NLS.bind(Messages.Audit_broken, broken.sequence(), why));
			return ExitCode.FAILED;
		}
		streams.out().println(NLS.bind(Messages.Audit_intact, ((ChainCheck.Intact) check).entries()));
		return ExitCode.COMPLETED;
	}

	/** "#12 2026-12-01 10:15:02 decision append_call deny by rule: the summary", leaving out what is empty. */
	static String line(AuditEntry entry) {
		var record = entry.record();
		var line = new StringBuilder().append('#').append(entry.sequence()).append(' ').append(TIME.format(record.at())).append(' ')
				.append(record.kind().name().toLowerCase(Locale.ROOT));
		if (!record.tool().isEmpty()) {
			line.append(' ').append(record.tool());
		}
		if (!record.decision().isEmpty()) {
			line.append(' ').append(record.decision());
			if (!record.decidedBy().isEmpty()) {
				line.append(" by ").append(record.decidedBy());
			}
		}
		if (!record.task().isEmpty()) {
			line.append(" [task ").append(record.task(), 0, Math.min(8, record.task().length())).append(']');
		}
		if (!record.summary().isEmpty()) {
			line.append(": ").append(record.summary().replace('\n', ' '));
		}
		return line.toString();
	}
}
