@NonNullByDefault
package dev.piassistant.tools.internal.checkpoint;

import org.eclipse.jdt.annotation.NonNullByDefault;
