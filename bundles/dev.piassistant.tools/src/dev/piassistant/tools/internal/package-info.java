@NonNullByDefault
package dev.piassistant.tools.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
