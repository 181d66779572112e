/**
 * The Plan editor and the execution timeline: review, edit and follow a task's plan, and see afterwards what
 * each step did. Both read the agent's event log through core's interfaces, live and after a restart.
 */
@NonNullByDefault
package dev.piassistant.ui.plan.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
