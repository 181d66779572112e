package dev.piassistant.ui.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** A table whose class is the quadrant two of its numbers fall in, with noise columns; seeded. */
final class Quadrants {

	private Quadrants() {
	}

	static Path write(Path folder, int rows, long seed) throws IOException {
		var random = new Random(seed);
		var csv = new StringBuilder("a,b,c,d,colour,quadrant\n");
		String[] colours = { "red", "green", "blue" };
		for (int row = 0; row < rows; row++) {
			double a = random.nextGaussian(), b = random.nextGaussian();
			var quadrant = (a >= 0 ? "east" : "west") + (b >= 0 ? "-north" : "-south");
			csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%s,%s%n", a, b, random.nextGaussian(), random.nextGaussian(),
					colours[random.nextInt(3)], quadrant));
		}
		var file = folder.resolve("quadrants.csv");
		Files.writeString(file, csv);
		return file;
	}
}
