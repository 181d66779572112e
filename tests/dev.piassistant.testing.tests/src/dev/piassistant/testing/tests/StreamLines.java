package dev.piassistant.testing.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a streamed body line by line as it arrives, noting when each line came. */
final class StreamLines implements AutoCloseable {

	/** A line and the {@link System#nanoTime()} it was read at. */
	record Line(String text, long nanos) {
	}

	private final InputStream body;
	private final BufferedReader reader;

	StreamLines(InputStream body) {
		this.body = body;
		this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
	}

	/** The next non-blank line, or null at the end of the body. */
	Line next() throws IOException {
		for (String text = reader.readLine(); text != null; text = reader.readLine()) {
			if (!text.isEmpty()) {
				return new Line(text, System.nanoTime());
			}
		}
		return null;
	}

	/** The remaining non-blank lines. */
	List<Line> rest() throws IOException {
		var lines = new ArrayList<Line>();
		for (Line line = next(); line != null; line = next()) {
			lines.add(line);
		}
		return lines;
	}

	/** Closing the body before its end is how a JDK client hangs up. */
	@Override
	public void close() throws IOException {
		body.close();
	}
}
