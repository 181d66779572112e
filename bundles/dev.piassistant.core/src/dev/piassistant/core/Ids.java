package dev.piassistant.core;

import java.util.Objects;
import java.util.UUID;

/** Checks and creates the string values behind the typed identifiers. */
final class Ids {

	private Ids() {
	}

	static String random() {
		return UUID.randomUUID().toString();
	}

	static String require(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}
}
