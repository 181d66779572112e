package dev.piassistant.llm.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Remembers when data last arrived, so a stream that has gone silent can be noticed and closed. */
final class IdleWatchedInputStream extends FilterInputStream {

	private volatile long lastActivityNanos = System.nanoTime();

	IdleWatchedInputStream(InputStream in) {
		super(in);
	}

	long idleNanos() {
		return System.nanoTime() - lastActivityNanos;
	}

	@Override
	public int read() throws IOException {
		int value = super.read();
		lastActivityNanos = System.nanoTime();
		return value;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		lastActivityNanos = System.nanoTime();
		return count;
	}
}
