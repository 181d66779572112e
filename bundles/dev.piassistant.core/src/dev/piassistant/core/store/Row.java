package dev.piassistant.core.store;

/** The current row of a query, read by column name. SQL NULL reads as null, 0 or 0.0; ask {@link #isNull}. */
public interface Row {

	String text(String column);

	long integer(String column);

	double real(String column);

	byte[] blob(String column);

	boolean isNull(String column);
}
