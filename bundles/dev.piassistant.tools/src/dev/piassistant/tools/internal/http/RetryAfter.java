package dev.piassistant.tools.internal.http;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** The wait a Retry-After header asks for: seconds, or an HTTP date. */
final class RetryAfter {

	private RetryAfter() {
	}

	static OptionalLong seconds(HttpResponse<?> response) {
		var value = response.headers().firstValue("Retry-After");
		if (value.isEmpty()) {
			return OptionalLong.empty();
		}
		var text = value.get().strip();
		try {
			return OptionalLong.of(Math.max(0, Long.parseLong(text)));
		} catch (NumberFormatException e) {
			try {
				var when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				return OptionalLong.of(Math.max(0, Duration.between(Instant.now(), when).toSeconds()));
			} catch (DateTimeParseException notDate) {
				return OptionalLong.empty();
			}
		}
	}
}
