/** What the model is told: the conversation rebuilt from the log, the instructions, compaction. */
@NonNullByDefault
package dev.piassistant.planning.internal.context;

import org.eclipse.jdt.annotation.NonNullByDefault;
