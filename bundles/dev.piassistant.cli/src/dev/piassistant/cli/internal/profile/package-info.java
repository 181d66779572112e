/** The project profile, {@code .pi-assistant.toml} at the workspace's root: grants, budget, mode and model. */
@NonNullByDefault
package dev.piassistant.cli.internal.profile;

import org.eclipse.jdt.annotation.NonNullByDefault;
