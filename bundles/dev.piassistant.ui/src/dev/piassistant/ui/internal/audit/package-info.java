/** The Audit Trail view: what the agent did with tools, filtered, checked and exported. */
@NonNullByDefault
package dev.piassistant.ui.internal.audit;

import org.eclipse.jdt.annotation.NonNullByDefault;
