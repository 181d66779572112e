@NonNullByDefault
package dev.piassistant.tools.jdt.internal.junit;

import org.eclipse.jdt.annotation.NonNullByDefault;
