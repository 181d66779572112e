/** Undo of the agent's actions from their checkpoints, as every view offers it: preview, confirm, restore in jobs. */
@NonNullByDefault
package dev.piassistant.ui.undo;

import org.eclipse.jdt.annotation.NonNullByDefault;
