/** The memory in the IDE: the workspace's projects indexed in the background, and kept in step with edits. */
@NonNullByDefault
package dev.piassistant.memory.internal.workspace;

import org.eclipse.jdt.annotation.NonNullByDefault;
