/**
 * Reading datasets: CSV (and tab-separated), JSON arrays, JSON Lines and folders of text files per label,
 * strictly as UTF-8, into a {@link dev.piassistant.training.internal.data.Table} of text cells with the line
 * each row came from; and the wording of every dataset problem.
 */
@NonNullByDefault
package dev.piassistant.training.internal.data;

import org.eclipse.jdt.annotation.NonNullByDefault;
