package dev.piassistant.core;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Checks and creates the string values behind the typed identifiers. */
final class Ids {

	private Ids() {
	}

	/**
	 * A random (version 4) UUID. Identifiers need to be unique, not unguessable, so a fast generator does; the
	 * agent makes several per step.
	 */
	static String random() {
		var random = ThreadLocalRandom.current();
		var most = random.nextLong() & ~0xF000L | 0x4000L;
		var least = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(most, least).toString();
	}

	static String require(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}
}
