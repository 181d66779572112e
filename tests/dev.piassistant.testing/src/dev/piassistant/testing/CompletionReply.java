package dev.piassistant.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A model's answer in one provider's wire format, streamed or as one JSON object: reasoning (thinking), text
 * and tool calls, in that order. Options return a changed copy, so a reply reads as one expression:
 * {@code Reply.openAiStream("Let me look.").toolCall("call_1", "read_file", "{\"path\":\"a\"}").argumentChunks(1)}.
 * The defaults: no pauses, a complete ending, 10 prompt tokens and one completion token per text chunk,
 * arguments in pieces of {@value #DEFAULT_ARGUMENT_CHUNK} characters, parallel calls one after the other.
 */
public final class CompletionReply implements Reply {

	/** Characters per argument piece unless {@link #argumentChunks(int)} says otherwise. */
	public static final int DEFAULT_ARGUMENT_CHUNK = 8;

	private final Settings settings;

	private CompletionReply(Settings settings) {
		this.settings = settings;
	}

	static CompletionReply of(WireFormat format, boolean streamed, String... chunks) {
		var settings = new Settings();
		settings.format = Objects.requireNonNull(format, "format");
		settings.streamed = streamed;
		settings.chunks = List.of(chunks);
		settings.completionTokens = chunks.length;
		return new CompletionReply(settings);
	}

	/** The protocol. */
	public WireFormat format() {
		return settings.format;
	}

	/** Whether the answer is a stream (SSE or NDJSON) or one JSON object. */
	public boolean streamed() {
		return settings.streamed;
	}

	/** The text pieces; a JSON answer joins them. */
	public List<String> chunks() {
		return settings.chunks;
	}

	/** The whole answer text. */
	public String text() {
		return String.join("", settings.chunks);
	}

	/** The reasoning pieces, streamed before the text. */
	public List<String> thinking() {
		return settings.thinking;
	}

	public String thinkingText() {
		return String.join("", settings.thinking);
	}

	/** The tool calls, streamed after the text. */
	public List<ScriptedToolCall> toolCalls() {
		return settings.toolCalls;
	}

	/** Characters per streamed piece of a tool call's arguments (OpenAI, Anthropic). */
	public int argumentChunkSize() {
		return settings.argumentChunkSize;
	}

	/** Whether parallel tool calls are streamed interleaved (see {@link #interleaved()}). */
	public boolean interleavedCalls() {
		return settings.interleaved;
	}

	/** Pause before each piece of content (for a JSON answer: before the answer). */
	public Duration delay() {
		return settings.delay;
	}

	/** Pause after the last piece, before the ending (or the cut): keeps a stream open for Stop tests. */
	public Duration holdOpen() {
		return settings.holdOpen;
	}

	public StreamEnding ending() {
		return settings.ending;
	}

	/** Model name to report, or null to echo the request's {@code "model"}. */
	public String model() {
		return settings.model;
	}

	/**
	 * The finish or stop reason reported: the scripted one, else what the protocol says for this content
	 * ({@code tool_calls} for OpenAI and {@code tool_use} for Anthropic when there are tool calls; Ollama always
	 * says {@code stop}).
	 */
	public String finishReason() {
		if (settings.finishReason != null) {
			return settings.finishReason;
		}
		return settings.toolCalls.isEmpty() ? settings.format.defaultFinishReason() : settings.format.toolFinishReason();
	}

	public int promptTokens() {
		return settings.promptTokens;
	}

	public int completionTokens() {
		return settings.completionTokens;
	}

	public CompletionReply delay(Duration beforeEachChunk) {
		requireNotNegative(beforeEachChunk, "delay");
		return edit(copy -> copy.delay = beforeEachChunk);
	}

	public CompletionReply holdOpenAfter(Duration afterLastChunk) {
		requireNotNegative(afterLastChunk, "holdOpen");
		return edit(copy -> copy.holdOpen = afterLastChunk);
	}

	public CompletionReply usage(int prompt, int completion) {
		return edit(copy -> {
			copy.promptTokens = prompt;
			copy.completionTokens = completion;
		});
	}

	public CompletionReply finishReason(String reason) {
		Objects.requireNonNull(reason, "reason");
		return edit(copy -> copy.finishReason = reason);
	}

	public CompletionReply model(String name) {
		return edit(copy -> copy.model = name);
	}

	/** Reasoning streamed before the text: OpenAI-compatible {@code reasoning_content}, Anthropic thinking blocks, Ollama {@code thinking}. */
	public CompletionReply thinking(String... pieces) {
		return edit(copy -> copy.thinking = List.of(pieces));
	}

	/** Adds a tool call after the text (and after the calls added before). */
	public CompletionReply toolCall(String id, String name, String argumentsJson) {
		var call = new ScriptedToolCall(id, name, argumentsJson);
		return edit(copy -> {
			var calls = new ArrayList<>(copy.toolCalls);
			calls.add(call);
			copy.toolCalls = List.copyOf(calls);
		});
	}

	/** Streams tool-call arguments in pieces of this many characters (1 = one character per event). */
	public CompletionReply argumentChunks(int characters) {
		if (characters < 1) {
			throw new IllegalArgumentException("argument pieces need at least one character, was " + characters);
		}
		return edit(copy -> copy.argumentChunkSize = characters);
	}

	/**
	 * Parallel tool calls arrive interleaved: OpenAI alternates the argument pieces of the calls (each event
	 * names its call by index), Ollama sends all calls in one line instead of one line each. Anthropic's
	 * content blocks cannot interleave, so its wire is unchanged.
	 */
	public CompletionReply interleaved() {
		return edit(copy -> copy.interleaved = true);
	}

	public CompletionReply truncated() {
		return ending(StreamEnding.TRUNCATED);
	}

	public CompletionReply malformed() {
		return ending(StreamEnding.MALFORMED);
	}

	/**
	 * The connection closes halfway through the last tool call's arguments, after {@link #holdOpen()} (at
	 * least {@link Reply#TRUNCATION_GRACE}, so the client has read what came before the cut).
	 */
	public CompletionReply truncatedInToolCall() {
		if (settings.toolCalls.isEmpty()) {
			throw new IllegalStateException("add a tool call first: the cut falls in the last one's arguments");
		}
		var grace = settings.holdOpen.compareTo(TRUNCATION_GRACE) < 0 ? TRUNCATION_GRACE : settings.holdOpen;
		return ending(StreamEnding.TRUNCATED_IN_TOOL_CALL).holdOpenAfter(grace);
	}

	public CompletionReply ending(StreamEnding how) {
		Objects.requireNonNull(how, "ending");
		return edit(copy -> copy.ending = how);
	}

	@Override
	public String toString() {
		return "CompletionReply[" + settings.format + (settings.streamed ? " stream" : " json") + ", text=" + text()
				+ ", thinking=" + thinkingText() + ", toolCalls=" + settings.toolCalls + ", ending=" + settings.ending + "]";
	}

	private CompletionReply edit(Consumer<Settings> change) {
		var copy = settings.copy();
		change.accept(copy);
		return new CompletionReply(copy);
	}

	static void requireNotNegative(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be zero or positive, was " + duration);
		}
	}

	/** The reply's values; only ever changed on a fresh copy, before the reply is published. */
	private static final class Settings implements Cloneable {
		WireFormat format;
		boolean streamed;
		List<String> chunks = List.of();
		List<String> thinking = List.of();
		List<ScriptedToolCall> toolCalls = List.of();
		int argumentChunkSize = DEFAULT_ARGUMENT_CHUNK;
		boolean interleaved;
		Duration delay = Duration.ZERO;
		Duration holdOpen = Duration.ZERO;
		StreamEnding ending = StreamEnding.COMPLETE;
		String model;
		String finishReason;
		int promptTokens = 10;
		int completionTokens;

		Settings copy() {
			try {
				return (Settings) clone();
			} catch (CloneNotSupportedException e) {
				throw new AssertionError(e);
			}
		}
	}
}
