/**
 * The inline review: the agent's proposed hunks shown in the text editors they change, each with Accept and Reject
 * above it (code minings), stale hunks merged three ways in Compare, next and previous hunk on keys.
 */
@NonNullByDefault
package dev.piassistant.ui.diff.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
