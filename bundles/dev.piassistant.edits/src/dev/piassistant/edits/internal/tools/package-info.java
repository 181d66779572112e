/** The agent's file tools: every change goes through a change set and its review. */
@NonNullByDefault
package dev.piassistant.edits.internal.tools;

import org.eclipse.jdt.annotation.NonNullByDefault;
