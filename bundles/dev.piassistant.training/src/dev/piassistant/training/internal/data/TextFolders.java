package dev.piassistant.training.internal.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.piassistant.core.training.DatasetFormat;
import dev.piassistant.core.training.DatasetProblem;

/**
 * Reads a folder with one sub-folder per label, each holding text files (any name; hidden files skipped),
 * as a table of two columns, {@code text} and {@code label}. Rows are numbered by file, in name order.
 */
public final class TextFolders {

	public static final String TEXT = "text";
	public static final String LABEL = "label";

	private TextFolders() {
	}

	public static Table read(Path folder) throws IOException {
		var rows = new ArrayList<Table.Row>();
		for (var labelFolder : sorted(folder)) {
			if (!Files.isDirectory(labelFolder)) {
				continue;
			}
			var label = labelFolder.getFileName().toString();
			for (var file : sorted(labelFolder)) {
				if (Files.isRegularFile(file)) {
					rows.add(new Table.Row(rows.size() + 1, List.of(Utf8.read(file).strip(), label)));
				}
			}
		}
		if (rows.isEmpty()) {
			throw Problems.of(new DatasetProblem.Empty(folder.toString()));
		}
		return new Table(DatasetFormat.FOLDER, folder.toString(), List.of(TEXT, LABEL), rows);
	}

	private static List<Path> sorted(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
		}
	}
}
