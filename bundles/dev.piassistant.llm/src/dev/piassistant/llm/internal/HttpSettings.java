package dev.piassistant.llm.internal;

import java.time.Duration;

/**
 * How long to wait on a provider.
 *
 * @param connectTimeout to open a connection; a server that is not running fails at once anyway
 * @param headersTimeout until the answer starts; generous because local servers load the model first
 * @param idleTimeout    silence allowed in the middle of a streamed answer
 */
public record HttpSettings(Duration connectTimeout, Duration headersTimeout, Duration idleTimeout) {

	public static final HttpSettings DEFAULT = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(180),
			Duration.ofSeconds(120));
}
