package dev.piassistant.core;

import java.nio.file.Path;

/**
 * The user-wide folder for Pi Assistant's settings, knowledge files and trained models:
 * {@code ~/.pi-assistant}, or the folder named by the system property {@value #PROPERTY} (tests and
 * portable installs use it).
 */
public final class PiHome {

	public static final String PROPERTY = "piassistant.home";

	private PiHome() {
	}

	public static Path directory() {
		var configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".pi-assistant");
	}
}
