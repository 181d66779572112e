@NonNullByDefault
package dev.piassistant.tools.internal.build;

import org.eclipse.jdt.annotation.NonNullByDefault;
