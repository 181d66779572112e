/**
 * Change sets: the agent never writes a file itself. Its file tools propose a
 * {@link dev.piassistant.core.change.ChangeSet} of {@link dev.piassistant.core.change.Hunk}s per file and hand it to
 * the {@link dev.piassistant.core.change.ChangeReviewService}, which has it reviewed (inline in the IDE, by the
 * approval mode on the command line) and answers with what became of each hunk.
 */
@NonNullByDefault
package dev.piassistant.core.change;

import org.eclipse.jdt.annotation.NonNullByDefault;
