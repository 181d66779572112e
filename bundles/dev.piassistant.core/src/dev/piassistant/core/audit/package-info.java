/**
 * The audit trail: every permission request and decision, every tool call with a summary of its result, every
 * checkpoint, restore and change set, appended to the workspace database with each entry carrying the hash of
 * the one before, so that altering or deleting an entry shows. See {@link dev.piassistant.core.audit.AuditTrail}.
 */
@NonNullByDefault
package dev.piassistant.core.audit;

import org.eclipse.jdt.annotation.NonNullByDefault;
