package dev.piassistant.testing;

import java.util.List;

/** How one provider protocol spells a completion, as the exact text of each stream frame or JSON answer. */
interface WireEvents {

	String streamContentType();

	/** Frames before the content, written at once. */
	List<String> opening(RenderContext context);

	/**
	 * The content in the order generated: thinking, text, tool calls, with {@link Frame#CUT} where a reply
	 * truncated in a tool call ends (every format with tool calls has one).
	 */
	List<Frame> content(RenderContext context);

	/** Finish reason, usage and end marker. */
	List<String> closing(RenderContext context);

	/** A frame whose JSON breaks off mid-value, terminated so that the client's parser does try to read it. */
	String broken(RenderContext context);

	/** The non-streaming answer. */
	String json(RenderContext context);
}
