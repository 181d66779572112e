/** The IDE's own state as agent tools: the problem markers of every builder and validator. */
@NonNullByDefault
package dev.piassistant.tools.jdt.internal.ide;

import org.eclipse.jdt.annotation.NonNullByDefault;
