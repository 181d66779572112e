package dev.piassistant.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The help texts, one per command, kept as text files next to this class. */
final class Help {

	private Help() {
	}

	static ExitCode print(Optional<String> topic, PrintStream out) {
		out.print(text(topic.orElse("pi")));
		out.flush();
		return ExitCode.COMPLETED;
	}

	static String text(String topic) {
		try (InputStream in = Help.class.getResourceAsStream("help-" + topic + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("help-" + topic + ".txt is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the help on " + topic, e);
		}
	}
}
