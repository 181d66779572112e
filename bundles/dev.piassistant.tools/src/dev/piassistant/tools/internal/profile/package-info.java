/** The project profile reader, {@code .pi-assistant.toml}, shared by the IDE's permission engine and the command line. */
@NonNullByDefault
package dev.piassistant.tools.internal.profile;

import org.eclipse.jdt.annotation.NonNullByDefault;
