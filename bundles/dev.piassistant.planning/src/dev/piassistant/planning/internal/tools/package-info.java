/** The tool registry and the permission policy used when none is installed. */
@NonNullByDefault
package dev.piassistant.planning.internal.tools;

import org.eclipse.jdt.annotation.NonNullByDefault;
