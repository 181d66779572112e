@NonNullByDefault
package dev.piassistant.tools.internal.git;

import org.eclipse.jdt.annotation.NonNullByDefault;
