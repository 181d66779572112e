@NonNullByDefault
package dev.piassistant.tools.internal.files;

import org.eclipse.jdt.annotation.NonNullByDefault;
