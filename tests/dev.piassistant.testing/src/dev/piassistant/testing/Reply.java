package dev.piassistant.testing;

import java.time.Duration;

/**
 * One scripted answer of a {@link ScriptedModelServer}: a model completion in one provider's wire format (text,
 * thinking and tool calls), a plain status answer (errors), a raw stream, or a dropped connection. Build them with the static factories;
 * completions and status answers take options through methods that return a changed copy.
 */
public sealed interface Reply permits CompletionReply, StatusReply, RawStreamReply, DropConnection {

	/** How long {@link #truncatedStream(String...)} waits after its last chunk before cutting the connection. */
	Duration TRUNCATION_GRACE = Duration.ofMillis(200);

	/**
	 * An OpenAI chat-completions stream (SSE) of these content pieces, then finish, usage and {@code [DONE]}. Add
	 * tool calls and reasoning with {@link CompletionReply#toolCall} and {@link CompletionReply#thinking}; a reply
	 * of tool calls only starts with no pieces: {@code openAiStream().toolCall(...)}.
	 */
	static CompletionReply openAiStream(String... chunks) {
		return CompletionReply.of(WireFormat.OPENAI, true, chunks);
	}

	/** An Anthropic Messages stream (SSE with {@code event:} lines) of these text deltas. */
	static CompletionReply anthropicStream(String... chunks) {
		return CompletionReply.of(WireFormat.ANTHROPIC, true, chunks);
	}

	/** An Ollama {@code /api/chat} stream (NDJSON) of these content pieces, then the {@code done} line. */
	static CompletionReply ollamaStream(String... chunks) {
		return CompletionReply.of(WireFormat.OLLAMA, true, chunks);
	}

	/** A non-streaming OpenAI {@code chat.completion} object. */
	static CompletionReply openAiJson(String text) {
		return CompletionReply.of(WireFormat.OPENAI, false, text);
	}

	/** A non-streaming Anthropic {@code message} object. */
	static CompletionReply anthropicJson(String text) {
		return CompletionReply.of(WireFormat.ANTHROPIC, false, text);
	}

	/** A non-streaming Ollama chat answer ({@code "done": true}). */
	static CompletionReply ollamaJson(String text) {
		return CompletionReply.of(WireFormat.OLLAMA, false, text);
	}

	/**
	 * OpenAI chunks, then one event whose JSON breaks off mid-value; the body then ends normally, so the
	 * client meets a parse error rather than an I/O error.
	 */
	static CompletionReply malformedStream(String... goodChunksFirst) {
		return openAiStream(goodChunksFirst).malformed();
	}

	/**
	 * OpenAI chunks, then the connection closes mid-body: no finish reason, no usage, no {@code [DONE]}. The cut
	 * comes {@link #TRUNCATION_GRACE} after the last chunk, because a client that sees the connection fail may
	 * drop what it received but had not read yet (the JDK client does); {@code holdOpenAfter} changes it.
	 */
	static CompletionReply truncatedStream(String... chunks) {
		return openAiStream(chunks).holdOpenAfter(TRUNCATION_GRACE).truncated();
	}

	/** Reads the request, then closes the socket without sending a single byte. */
	static DropConnection dropConnection() {
		return new DropConnection();
	}

	/** Frames written verbatim, one HTTP chunk each: for wire shapes the typed replies do not cover. */
	static RawStreamReply rawStream(String contentType, String... frames) {
		return RawStreamReply.of(contentType, frames);
	}

	/** Any status with a JSON body; add headers with {@link StatusReply#header(String, String)}. */
	static StatusReply status(int code, String jsonBody) {
		return StatusReply.of(code, jsonBody);
	}

	/** An error in OpenAI's shape: {@code {"error":{"message":..,"type":..,"code":..}}}. */
	static StatusReply openAiError(int code, String type, String errorCode, String message) {
		var error = Json.obj("message", message, "type", type, "param", null, "code", errorCode);
		return status(code, Json.write(Json.obj("error", error)));
	}

	/** An error in Anthropic's shape: {@code {"type":"error","error":{"type":..,"message":..}}}. */
	static StatusReply anthropicError(int code, String type, String message) {
		var error = Json.obj("type", type, "message", message);
		return status(code, Json.write(Json.obj("type", "error", "error", error)));
	}

	/** An error in Ollama's shape: {@code {"error":"..."}}. */
	static StatusReply ollamaError(int code, String message) {
		return status(code, Json.write(Json.obj("error", message)));
	}

	/** OpenAI's 429 with a {@code Retry-After} header, as a throttled account gets it. */
	static StatusReply rateLimited(int retryAfterSeconds) {
		return openAiError(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again in "
				+ retryAfterSeconds + "s.").header("Retry-After", Integer.toString(retryAfterSeconds));
	}

	/** OpenAI's 401 for a wrong key. */
	static StatusReply unauthorized() {
		return openAiError(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.");
	}
}
