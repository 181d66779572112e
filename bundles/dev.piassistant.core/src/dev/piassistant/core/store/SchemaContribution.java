package dev.piassistant.core.store;

import java.util.List;

/**
 * A bundle's tables in the workspace database, as an ordered list of migrations. Register one as an OSGi
 * service; the store applies the migrations it has not applied yet, each in its own transaction, and
 * records how far each owner got. Migrations are never edited once released, only appended.
 */
public interface SchemaContribution {

	/** A stable name for the owner of the tables, usually the bundle's symbolic name. */
	String owner();

	/** SQL scripts; statements are separated by semicolons at the end of a line. */
	List<String> migrations();
}
