package dev.piassistant.ui.internal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.ChainCheck;

/** What the view's fields mean: the filter they make, and the chain check in words. */
final class AuditFilters {

	/** The decisions the Decision box offers after "any". */
	static final List<String> DECISIONS = List.of("allow", "ask", "deny", "approve", "refuse");
	/** How far back each choice of the Since box reaches; null: no limit. */
	static final List<Duration> SINCE = java.util.Arrays.asList(null, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7));
	static final int LIMIT = 5_000;

	private AuditFilters() {
	}

	static AuditFilter of(String task, String tool, int decision, int since, Instant now) {
		var filter = AuditFilter.ALL.limitedTo(LIMIT);
		if (!task.isBlank()) {
			filter = filter.withTask(task.strip());
		}
		if (!tool.isBlank()) {
			filter = filter.withTool(tool.strip());
		}
		if (decision > 0) {
			filter = filter.withDecision(DECISIONS.get(decision - 1));
		}
		var reach = since > 0 && since < SINCE.size() ? SINCE.get(since) : null;
		return reach == null ? filter : filter.between(Optional.of(now.minus(reach)), Optional.empty());
	}

	static String describe(ChainCheck check) {
		if (check instanceof ChainCheck.Intact intact) {
			return NLS.bind(Messages.AuditView_intact, intact.entries());
		}
		var broken = (ChainCheck.Broken) check;
		var reason = switch (broken.reason()) {
		case ALTERED -> Messages.AuditView_reason_ALTERED;
		case UNLINKED -> Messages.AuditView_reason_UNLINKED;
		case TRUNCATED -> Messages.AuditView_reason_TRUNCATED;
		};
		return NLS.bind(Messages.AuditView_broken, broken.sequence(), reason);
	}
}
