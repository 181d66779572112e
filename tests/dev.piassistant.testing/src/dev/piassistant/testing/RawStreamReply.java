package dev.piassistant.testing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Frames written verbatim with status 200, one HTTP chunk each, for shapes the typed replies do not cover
 * (unknown events, a provider's quirks). Each frame must carry its own separators ({@code "data: {...}\n\n"}).
 *
 * @param contentType the response's Content-Type
 * @param frames      the body, piece by piece
 * @param delay       pause before each frame
 */
public record RawStreamReply(String contentType, List<String> frames, Duration delay) implements Reply {

	public RawStreamReply {
		Objects.requireNonNull(contentType, "contentType");
		frames = List.copyOf(frames);
		CompletionReply.requireNotNegative(delay, "delay");
	}

	static RawStreamReply of(String contentType, String... frames) {
		return new RawStreamReply(contentType, List.of(frames), Duration.ZERO);
	}

	public RawStreamReply delay(Duration beforeEachFrame) {
		return new RawStreamReply(contentType, frames, beforeEachFrame);
	}
}
