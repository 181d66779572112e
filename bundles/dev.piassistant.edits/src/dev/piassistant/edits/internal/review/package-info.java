/**
 * Reviews: hunks followed through the documents the user edits, accepted as undoable changes, never applied once
 * the user has touched their lines; the review service the file tools call, headless or with a presenter.
 */
@NonNullByDefault
package dev.piassistant.edits.internal.review;

import org.eclipse.jdt.annotation.NonNullByDefault;
