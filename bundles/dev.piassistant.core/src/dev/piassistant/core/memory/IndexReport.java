package dev.piassistant.core.memory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an index run did.
 *
 * @param files     files found in the roots
 * @param parsed    files read and indexed again because they were new or changed
 * @param removed   files gone since the last run, removed from the index with everything from them
 * @param commits   commits of the git history indexed
 * @param embedded  chunks embedded for search by meaning
 * @param cancelled whether it was stopped before the end
 * @param problems  files that could not be read, each with why; the rest was indexed
 */
public record IndexReport(int files, int parsed, int removed, int chunks, int commits, int embedded, Duration took,
		boolean cancelled, List<String> problems) {

	public IndexReport {
		Objects.requireNonNull(took, "took");
		problems = List.copyOf(problems);
	}
}
