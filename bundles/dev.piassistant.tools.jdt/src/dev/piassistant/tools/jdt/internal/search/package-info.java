@NonNullByDefault
package dev.piassistant.tools.jdt.internal.search;

import org.eclipse.jdt.annotation.NonNullByDefault;
