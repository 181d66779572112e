/**
 * Checkpoints and undo: before the agent writes files, their state is kept, so that the last action, a step
 * or a whole task can be undone, exactly for the files it touched, without touching anything else (the user's
 * branch, index, untracked files or later edits). See {@link dev.piassistant.core.checkpoint.Checkpoints}.
 */
@NonNullByDefault
package dev.piassistant.core.checkpoint;

import org.eclipse.jdt.annotation.NonNullByDefault;
