package dev.piassistant.testing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plays one scripted {@link Reply} onto the wire at its scripted pace. Returns early, without error, when the
 * client hangs up during a pause; a failed write surfaces as an IOException for the caller to record.
 */
final class ReplyWriter {

	private static final String JSON = "application/json";

	private final ResponseWriter out;
	private final Exchange exchange;

	ReplyWriter(ResponseWriter out, Exchange exchange) {
		this.out = out;
		this.exchange = exchange;
	}

	void write(Reply reply, RecordedRequest request) throws IOException {
		if (reply instanceof CompletionReply completion) {
			var context = RenderContext.of(completion, request);
			if (completion.streamed()) {
				stream(context);
			} else {
				json(context);
			}
		} else if (reply instanceof StatusReply status) {
			exchange.serverEnding();
			out.fixed(status.code(), withContentType(status.headers(), JSON), status.body());
			exchange.markCompleted();
		} else if (reply instanceof RawStreamReply raw) {
			raw(raw);
		} else {
			// DropConnection: the connection handler closes the socket once this returns.
			exchange.serverEnding();
			exchange.markCompleted();
		}
	}

	private void stream(RenderContext context) throws IOException {
		var reply = context.reply();
		var events = reply.format().events();
		out.startChunked(200, streamHeaders(events.streamContentType()));
		for (String frame : events.opening(context)) {
			out.chunk(frame);
		}
		boolean cutInToolCall = reply.ending() == StreamEnding.TRUNCATED_IN_TOOL_CALL;
		for (Frame frame : events.content(context)) {
			if (frame.cut() && cutInToolCall) {
				if (exchange.pause(reply.holdOpen())) {
					cut();
				}
				return;
			}
			if (frame.paced() && !exchange.pause(reply.delay())) {
				return;
			}
			out.chunk(frame.text());
		}
		if (exchange.pause(reply.holdOpen())) {
			endStream(context, events);
		}
	}

	/** Ends the exchange mid-body: no last chunk, and the handler closes the socket once this returns. */
	private void cut() {
		exchange.serverEnding();
		exchange.markCompleted();
	}

	private void endStream(RenderContext context, WireEvents events) throws IOException {
		// A hang-up from here on is the client reacting to the ending, not a Stop.
		exchange.serverEnding();
		switch (context.reply().ending()) {
		case TRUNCATED, TRUNCATED_IN_TOOL_CALL -> {
			cut();
			return;
		}
		case MALFORMED -> out.chunk(events.broken(context));
		case COMPLETE -> {
			for (String frame : events.closing(context)) {
				out.chunk(frame);
			}
		}
		}
		out.endChunked();
		exchange.markCompleted();
	}

	private void json(RenderContext context) throws IOException {
		var reply = context.reply();
		if (!exchange.pause(reply.delay())) {
			return;
		}
		exchange.serverEnding();
		String body = reply.format().events().json(context);
		var headers = withContentType(Map.of(), JSON);
		switch (reply.ending()) {
		case COMPLETE -> out.fixed(200, headers, body);
		case MALFORMED -> out.fixed(200, headers, body.substring(0, body.length() / 2));
		case TRUNCATED, TRUNCATED_IN_TOOL_CALL -> out.fixedButCutShort(200, headers, body);
		}
		exchange.markCompleted();
	}

	private void raw(RawStreamReply raw) throws IOException {
		out.startChunked(200, streamHeaders(raw.contentType()));
		for (String frame : raw.frames()) {
			if (!exchange.pause(raw.delay())) {
				return;
			}
			out.chunk(frame);
		}
		exchange.serverEnding();
		out.endChunked();
		exchange.markCompleted();
	}

	private static Map<String, String> streamHeaders(String contentType) {
		var headers = withContentType(Map.of(), contentType);
		headers.put("Cache-Control", "no-cache");
		return headers;
	}

	private static Map<String, String> withContentType(Map<String, String> headers, String contentType) {
		var all = new LinkedHashMap<String, String>();
		boolean typed = headers.keySet().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals("content-type"));
		if (!typed) {
			all.put("Content-Type", contentType);
		}
		all.putAll(headers);
		return all;
	}
}
