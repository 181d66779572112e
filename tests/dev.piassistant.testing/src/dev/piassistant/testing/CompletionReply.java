package dev.piassistant.testing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A model's answer in one provider's wire format, streamed or as one JSON object. Options return a changed
 * copy, so a reply reads as one expression: {@code Reply.openAiStream("a", "b").delay(ofMillis(200)).usage(12, 2)}.
 *
 * @param format           the provider protocol
 * @param streamed         whether the answer is a stream (SSE or NDJSON) or one JSON object
 * @param chunks           content pieces; a JSON answer joins them
 * @param delay            pause before each chunk (for a JSON answer: before the answer)
 * @param holdOpen         pause after the last chunk, before the ending: keeps a stream open for Stop tests
 * @param ending           how the answer ends
 * @param model            model name to report, or null to echo the request's {@code "model"}
 * @param finishReason     finish or stop reason to report
 * @param promptTokens     input tokens to report
 * @param completionTokens output tokens to report
 */
public record CompletionReply(WireFormat format, boolean streamed, List<String> chunks, Duration delay,
		Duration holdOpen, StreamEnding ending, String model, String finishReason, int promptTokens,
		int completionTokens) implements Reply {

	public CompletionReply {
		Objects.requireNonNull(format, "format");
		chunks = List.copyOf(chunks);
		requireNotNegative(delay, "delay");
		requireNotNegative(holdOpen, "holdOpen");
		Objects.requireNonNull(ending, "ending");
		Objects.requireNonNull(finishReason, "finishReason");
	}

	/** Defaults: no pauses, a complete ending, 10 prompt tokens and one completion token per chunk. */
	static CompletionReply of(WireFormat format, boolean streamed, String... chunks) {
		return new CompletionReply(format, streamed, List.of(chunks), Duration.ZERO, Duration.ZERO,
				StreamEnding.COMPLETE, null, format.defaultFinishReason(), 10, chunks.length);
	}

	/** The whole answer text. */
	public String text() {
		return String.join("", chunks);
	}

	public CompletionReply delay(Duration beforeEachChunk) {
		return new CompletionReply(format, streamed, chunks, beforeEachChunk, holdOpen, ending, model, finishReason,
				promptTokens, completionTokens);
	}

	public CompletionReply holdOpenAfter(Duration afterLastChunk) {
		return new CompletionReply(format, streamed, chunks, delay, afterLastChunk, ending, model, finishReason,
				promptTokens, completionTokens);
	}

	public CompletionReply usage(int prompt, int completion) {
		return new CompletionReply(format, streamed, chunks, delay, holdOpen, ending, model, finishReason, prompt,
				completion);
	}

	public CompletionReply finishReason(String reason) {
		return new CompletionReply(format, streamed, chunks, delay, holdOpen, ending, model, reason, promptTokens,
				completionTokens);
	}

	public CompletionReply model(String name) {
		return new CompletionReply(format, streamed, chunks, delay, holdOpen, ending, name, finishReason,
				promptTokens, completionTokens);
	}

	public CompletionReply truncated() {
		return ending(StreamEnding.TRUNCATED);
	}

	public CompletionReply malformed() {
		return ending(StreamEnding.MALFORMED);
	}

	public CompletionReply ending(StreamEnding how) {
		return new CompletionReply(format, streamed, chunks, delay, holdOpen, how, model, finishReason, promptTokens,
				completionTokens);
	}

	static void requireNotNegative(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be zero or positive, was " + duration);
		}
	}
}
