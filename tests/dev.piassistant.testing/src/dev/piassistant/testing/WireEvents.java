package dev.piassistant.testing;

import java.util.List;

/** How one provider protocol spells a completion, as the exact text of each stream frame or JSON answer. */
interface WireEvents {

	String streamContentType();

	/** Frames before the first content chunk. */
	List<String> opening(RenderContext context);

	/** The frame carrying content piece {@code index}. */
	String chunk(RenderContext context, int index, String text);

	/** Finish reason, usage and end marker. */
	List<String> closing(RenderContext context);

	/** A frame whose JSON breaks off mid-value, terminated so that the client's parser does try to read it. */
	String broken(RenderContext context);

	/** The non-streaming answer. */
	String json(RenderContext context);
}
