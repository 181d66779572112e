package dev.piassistant.training.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The data the tests train on: Fisher's iris as shipped with the tests, and datasets generated here with a
 * fixed seed, so that every run sees the same rows.
 */
final class TestData {

	private TestData() {
	}

	/** {@code data/iris.csv} copied into {@code folder}. */
	static Path iris(Path folder) {
		try (var in = TestData.class.getClassLoader().getResourceAsStream("data/iris.csv")) {
			if (in == null) {
				throw new IllegalStateException("data/iris.csv is not in the test bundle");
			}
			var file = folder.resolve("iris.csv");
			Files.copy(in, file);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static final List<String> TICKET_LABELS = List.of("billing", "bug", "login", "feature");
	private static final String[][] TICKET_WORDS = {
			{ "invoice", "charged", "refund", "payment", "card", "price", "bill", "subscription", "twice", "receipt" },
			{ "crash", "error", "exception", "broken", "stack", "trace", "freezes", "fails", "bug", "wrong" },
			{ "password", "login", "sign", "reset", "account", "locked", "two", "factor", "email", "username" },
			{ "please", "add", "feature", "would", "like", "support", "export", "dark", "mode", "option" } };
	private static final String[] COMMON = { "the", "i", "my", "it", "is", "a", "when", "and", "this", "not", "app", "today" };

	/** Support tickets: a subject line per label, of words typical of the label mixed with common ones. */
	static Path tickets(Path folder, int rows, long seed) {
		var random = new Random(seed);
		var csv = new StringBuilder("id,text,label\n");
		for (int row = 0; row < rows; row++) {
			int label = row % TICKET_LABELS.size();
			csv.append(row + 1).append(",\"").append(ticket(label, random)).append("\",").append(TICKET_LABELS.get(label)).append('\n');
		}
		return write(folder.resolve("tickets.csv"), csv.toString());
	}

	static String ticket(int label, Random random) {
		var words = new StringBuilder();
		int length = 6 + random.nextInt(6);
		for (int i = 0; i < length; i++) {
			var pool = random.nextInt(3) == 0 ? COMMON : TICKET_WORDS[random.nextInt(10) < 8 ? label : random.nextInt(4)];
			words.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
		}
		return words.toString();
	}

	/** A table of numbers whose class is which quadrant two of them fall in, plus noise columns; slow enough to watch. */
	static Path quadrants(Path folder, int rows, long seed) {
		var random = new Random(seed);
		var csv = new StringBuilder("a,b,c,d,e,f,colour,quadrant\n");
		String[] colours = { "red", "green", "blue" };
		for (int row = 0; row < rows; row++) {
			double a = random.nextGaussian(), b = random.nextGaussian();
			var quadrant = (a >= 0 ? "east" : "west") + (b >= 0 ? "-north" : "-south");
			csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%s,%s%n", a, b, random.nextGaussian(), random.nextGaussian(),
					random.nextGaussian(), random.nextGaussian(), colours[random.nextInt(3)], quadrant));
		}
		return write(folder.resolve("quadrants.csv"), csv.toString());
	}

	static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
