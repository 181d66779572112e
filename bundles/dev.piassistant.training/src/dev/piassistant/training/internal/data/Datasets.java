package dev.piassistant.training.internal.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.piassistant.core.training.DatasetFormat;
import dev.piassistant.core.training.DatasetProblem;

/** Reads a dataset by what it is: a folder, or a file by its extension. */
public final class Datasets {

	private Datasets() {
	}

	/** @throws dev.piassistant.core.training.DatasetException for anything that keeps it from being read */
	public static Table read(Path path) {
		if (!Files.exists(path)) {
			throw Problems.of(new DatasetProblem.NotFound(path.toString()));
		}
		try {
			if (Files.isDirectory(path)) {
				return TextFolders.read(path);
			}
			if (Files.size(path) == 0) {
				throw Problems.of(new DatasetProblem.Empty(path.toString()));
			}
			return switch (format(path)) {
			case CSV -> CsvFiles.read(path, path.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',');
			case JSON -> JsonFiles.readArray(path);
			case JSON_LINES -> JsonFiles.readLines(path);
			case FOLDER -> throw new IllegalStateException("a file is no folder");
			};
		} catch (IOException e) {
			throw Problems.of(new DatasetProblem.Malformed(path.toString(), 0, e.getMessage() == null ? e.toString() : e.getMessage()));
		}
	}

	static DatasetFormat format(Path file) {
		var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
			return DatasetFormat.CSV;
		}
		if (name.endsWith(".json")) {
			return DatasetFormat.JSON;
		}
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return DatasetFormat.JSON_LINES;
		}
		throw Problems.of(new DatasetProblem.UnsupportedFormat(file.toString()));
	}
}
