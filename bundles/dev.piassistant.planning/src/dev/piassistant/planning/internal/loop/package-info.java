/** The loop itself: one task as an operation that derives what to do next from its own events, so that a resumed task goes on exactly where the log says it stopped. */
@NonNullByDefault
package dev.piassistant.planning.internal.loop;

import org.eclipse.jdt.annotation.NonNullByDefault;
