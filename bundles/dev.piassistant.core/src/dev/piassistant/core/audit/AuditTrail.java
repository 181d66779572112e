package dev.piassistant.core.audit;

import java.util.List;

/**
 * The tamper-evident audit trail of the workspace. Register one as an OSGi service. Appending is cheap and
 * never fails the work it records: a trail that cannot be written logs why.
 */
public interface AuditTrail {

	AuditEntry append(AuditRecord record);

	List<AuditEntry> list(AuditFilter filter);

	/** Recomputes every hash in order: a changed, deleted or inserted entry breaks the chain there. */
	ChainCheck verify();

	/** The entries the filter lists, as a JSON array of objects with every field and both hashes. */
	String exportJson(AuditFilter filter);
}
