package dev.piassistant.llm.internal;

import java.time.Duration;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

/**
 * Passes events through, but reports a read error caused by the idle watchdog closing the stream as what
 * it is: a timeout, not a broken connection.
 */
final class IdleAwareListener implements ServerSentEventListener {

	private final ServerSentEventListener delegate;
	private final IdleWatchedInputStream body;
	private final Duration idleTimeout;

	IdleAwareListener(ServerSentEventListener delegate, IdleWatchedInputStream body, Duration idleTimeout) {
		this.delegate = delegate;
		this.body = body;
		this.idleTimeout = idleTimeout;
	}

	@Override
	public void onOpen(SuccessfulHttpResponse response) {
		delegate.onOpen(response);
	}

	@Override
	public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
		delegate.onEvent(event, context);
	}

	@Override
	public void onEvent(ServerSentEvent event) {
		delegate.onEvent(event);
	}

	@Override
	public void onError(Throwable error) {
		var idle = body.idleNanos() >= idleTimeout.toNanos();
		delegate.onError(idle ? new StreamIdleTimeoutException(idleTimeout) : error);
	}

	@Override
	public void onClose() {
		delegate.onClose();
	}
}
