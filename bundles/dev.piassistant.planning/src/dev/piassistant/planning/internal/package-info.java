/** The agent loop as an OSGi service: sessions, tasks run as jobs, answers to the agent's questions. */
@NonNullByDefault
package dev.piassistant.planning.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
