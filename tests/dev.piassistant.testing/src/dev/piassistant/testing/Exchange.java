package dev.piassistant.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The life of one request and its reply on the wire. Tells a test whether the client hung up before the
 * scripted reply was over, which is how a Stop button proves that it really closed the HTTP stream.
 */
public final class Exchange {

	private final CountDownLatch clientGone = new CountDownLatch(1);
	// Ends pauses early: the client left, or the server is shutting down.
	private final CountDownLatch wake = new CountDownLatch(1);
	private volatile boolean serverEnding;
	private volatile boolean completed;

	/** Whether the client closed the connection (or a write to it failed) before the reply was over. */
	public boolean clientDisconnected() {
		return clientGone.getCount() == 0;
	}

	/** Waits until the client has hung up; false if it is still connected when the timeout passes. */
	public boolean awaitClientDisconnect(Duration timeout) {
		try {
			return clientGone.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return clientDisconnected();
		}
	}

	/**
	 * Whether the server played the whole scripted reply: every byte of it, or for a truncated or dropped reply,
	 * up to the scripted cut. False when the client hung up first or the server was closed mid-reply.
	 */
	public boolean replyCompleted() {
		return completed;
	}

	/** The client hung up; ignored once the server itself ends the exchange, since then a close is expected. */
	void clientLeft() {
		if (!serverEnding) {
			clientGone.countDown();
			wake.countDown();
		}
	}

	/** From here on the server ends the exchange itself (reply ending, deliberate drop, shutdown). */
	void serverEnding() {
		serverEnding = true;
	}

	void markCompleted() {
		completed = true;
	}

	/** The server is closing: stop pausing, and do not take the coming socket errors for a client hang-up. */
	void abort() {
		serverEnding = true;
		wake.countDown();
	}

	/** Pauses for a scripted delay; false when the exchange ended meanwhile and the reply should stop. */
	boolean pause(Duration delay) {
		try {
			return !wake.await(delay.toNanos(), TimeUnit.NANOSECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
