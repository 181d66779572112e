@NonNullByDefault
package dev.piassistant.tools.internal.search;

import org.eclipse.jdt.annotation.NonNullByDefault;
