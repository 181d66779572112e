@NonNullByDefault
package dev.piassistant.tools.internal.sql;

import org.eclipse.jdt.annotation.NonNullByDefault;
