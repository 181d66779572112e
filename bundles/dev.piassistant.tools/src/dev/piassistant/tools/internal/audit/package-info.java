/**
 * The audit trail in the workspace database, hash-chained, and what appends to it: every tool call the agent
 * asks for, the permission decision, the user's answer, the result and the checkpoint.
 */
@NonNullByDefault
package dev.piassistant.tools.internal.audit;

import org.eclipse.jdt.annotation.NonNullByDefault;
