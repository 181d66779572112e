package dev.piassistant.llm.internal;

import java.time.Duration;

import dev.piassistant.core.llm.ProviderError;

/**
 * When a failed request is sent again: only before any text arrived (so nothing is shown twice), only
 * for throttling and server overload, and only while the wait the server asks for is reasonable.
 *
 * @param maxAttempts   attempts in all, the first included
 * @param maxRetryAfter the longest Retry-After we wait for; longer ones are reported to the user instead
 * @param firstBackoff  the wait before the first retry when the server does not say; doubled each time
 */
public record RetryPolicy(int maxAttempts, Duration maxRetryAfter, Duration firstBackoff) {

	public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(1));

	boolean shouldRetry(ProviderError error, int attempt) {
		if (attempt >= maxAttempts) {
			return false;
		}
		if (error instanceof ProviderError.RateLimited limited) {
			return limited.retryAfterSeconds() <= maxRetryAfter.toSeconds();
		}
		return error instanceof ProviderError.ServerError server && server.status() >= 502 && server.status() <= 504;
	}

	Duration delay(ProviderError error, int attempt) {
		if (error instanceof ProviderError.RateLimited limited && limited.retryAfterSeconds() >= 0) {
			return Duration.ofSeconds(limited.retryAfterSeconds());
		}
		return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
	}
}
