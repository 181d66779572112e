@NonNullByDefault
package dev.piassistant.tools.internal.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
