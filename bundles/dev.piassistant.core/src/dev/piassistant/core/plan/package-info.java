/**
 * Plans: the tree of steps the agent works through, its revisions by the agent and the user, and the
 * difference between two revisions.
 */
@NonNullByDefault
package dev.piassistant.core.plan;

import org.eclipse.jdt.annotation.NonNullByDefault;
