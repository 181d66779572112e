@NonNullByDefault
package dev.piassistant.tools.jdt.internal.refactor;

import org.eclipse.jdt.annotation.NonNullByDefault;
