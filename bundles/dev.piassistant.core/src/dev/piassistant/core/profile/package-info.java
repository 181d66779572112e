/**
 * The project profile, {@code .pi-assistant.toml} at a project's root: approval mode, model, allowed tools,
 * permission rules and budget. One reader serves the IDE and the command line.
 */
@NonNullByDefault
package dev.piassistant.core.profile;

import org.eclipse.jdt.annotation.NonNullByDefault;
