@NonNullByDefault
package dev.piassistant.tools.jdt.internal.problems;

import org.eclipse.jdt.annotation.NonNullByDefault;
