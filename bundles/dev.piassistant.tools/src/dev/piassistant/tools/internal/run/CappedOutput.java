package dev.piassistant.tools.internal.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream's bytes read to the end, keeping the first and the last part within a cap and counting what was
 * left out in between, so that a command's start and its end (where errors are) both reach the model.
 */
final class CappedOutput {

	private final int cap;
	private final ByteArrayOutputStream head = new ByteArrayOutputStream();
	private final byte[] tail;
	private int tailLength;
	private int tailStart;
	private long total;

	CappedOutput(int cap) {
		this.cap = Math.max(cap, 64);
		this.tail = new byte[this.cap / 2];
	}

	/** Reads until the stream ends (the process and every child holding it are gone). */
	void drain(InputStream in) throws IOException {
		var buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			add(buffer, read);
		}
	}

	private synchronized void add(byte[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			total++;
			if (head.size() < cap - tail.length) {
				head.write(buffer[i]);
			} else {
				tail[(tailStart + tailLength) % tail.length] = buffer[i];
				if (tailLength < tail.length) {
					tailLength++;
				} else {
					tailStart = (tailStart + 1) % tail.length;
				}
			}
		}
	}

	synchronized long omitted() {
		return total - head.size() - tailLength;
	}

	/** The kept text; when bytes were left out, a line says how many. */
	synchronized String text() {
		var text = head.toString(StandardCharsets.UTF_8);
		if (tailLength == 0) {
			return text;
		}
		var end = new byte[tailLength];
		for (int i = 0; i < tailLength; i++) {
			end[i] = tail[(tailStart + i) % tail.length];
		}
		var omitted = omitted();
		var joint = omitted > 0 ? "\n[... " + omitted + " bytes of output left out ...]\n" : "";
		return text + joint + new String(end, StandardCharsets.UTF_8);
	}

	/** The last lines, for the reason a command failed. */
	synchronized String tail(int maxChars) {
		var all = text();
		return all.length() <= maxChars ? all : all.substring(all.length() - maxChars);
	}
}
