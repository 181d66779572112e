package dev.piassistant.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.concurrent.BlockingQueue;

/**
 * Reads what the user types on a thread of its own, so that the main thread can wait for an answer and for
 * Ctrl+C or the task's end at the same time. Started on the first question only.
 */
final class InputLines {

	private final InputStream in;
	private final BlockingQueue<Signal> signals;
	private boolean started;

	InputLines(InputStream in, BlockingQueue<Signal> signals) {
		this.in = in;
		this.signals = signals;
	}

	synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		var reader = new Thread(this::read, "pi-terminal-input");
		reader.setDaemon(true);
		reader.start();
	}

	private void read() {
		try (var lines = new BufferedReader(new InputStreamReader(in, java.nio.charset.Charset.defaultCharset()))) {
			for (var line = lines.readLine(); line != null; line = lines.readLine()) {
				signals.add(new Signal.Typed(line));
			}
		} catch (IOException e) {
			// A terminal that went away is the same as one that was closed.
		}
		signals.add(new Signal.InputEnded());
	}
}
