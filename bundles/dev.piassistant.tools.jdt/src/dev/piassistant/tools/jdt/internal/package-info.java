@NonNullByDefault
package dev.piassistant.tools.jdt.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
