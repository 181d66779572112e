@NonNullByDefault
package dev.piassistant.tools.internal.secrets;

import org.eclipse.jdt.annotation.NonNullByDefault;
