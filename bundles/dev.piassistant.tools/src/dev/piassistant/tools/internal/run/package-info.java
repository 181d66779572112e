@NonNullByDefault
package dev.piassistant.tools.internal.run;

import org.eclipse.jdt.annotation.NonNullByDefault;
