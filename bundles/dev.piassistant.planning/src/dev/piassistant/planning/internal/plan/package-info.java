/** The agent's planning tools: proposing and revising a plan, validated against a schema. */
@NonNullByDefault
package dev.piassistant.planning.internal.plan;

import org.eclipse.jdt.annotation.NonNullByDefault;
