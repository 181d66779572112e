package dev.piassistant.training.internal.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dev.piassistant.core.training.DatasetFormat;
import dev.piassistant.core.training.DatasetProblem;

/**
 * Reads CSV (comma) and TSV (tab) files with a header line through Jackson's CSV parser: quoted cells may hold
 * separators and line breaks, blank lines are skipped, cells are trimmed.
 */
public final class CsvFiles {

	private static final CsvMapper MAPPER = new CsvMapper();

	private CsvFiles() {
	}

	public static Table read(Path file, char separator) throws IOException {
		var text = Utf8.read(file);
		var schema = CsvSchema.emptySchema().withColumnSeparator(separator);
		var records = new ArrayList<Table.Row>();
		try (var parser = MAPPER.getFactory().createParser(text)) {
			parser.setSchema(schema);
			parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
			parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
			parser.enable(CsvParser.Feature.TRIM_SPACES);
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw Problems.of(new DatasetProblem.Empty(file.toString()));
			}
			while (parser.nextToken() == JsonToken.START_ARRAY) {
				var line = parser.currentTokenLocation().getLineNr();
				var cells = new ArrayList<String>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					cells.add(parser.getText());
				}
				records.add(new Table.Row(line, cells));
			}
		} catch (JsonProcessingException e) {
			var location = e.getLocation();
			throw Problems.of(new DatasetProblem.Malformed(file.toString(), location == null ? 0 : location.getLineNr(), e.getOriginalMessage()));
		}
		return table(file, records);
	}

	private static Table table(Path file, List<Table.Row> records) {
		if (records.size() < 2) {
			throw Problems.of(new DatasetProblem.Empty(file.toString()));
		}
		var header = Headers.clean(records.get(0).cells());
		var rows = new ArrayList<Table.Row>(records.size() - 1);
		for (var record : records.subList(1, records.size())) {
			var cells = record.cells();
			if (cells.size() > header.size()) {
				throw Problems.of(new DatasetProblem.Malformed(file.toString(), record.line(),
						cells.size() + " fields where the header names " + header.size()));
			}
			var padded = new ArrayList<>(cells);
			while (padded.size() < header.size()) {
				padded.add("");
			}
			rows.add(new Table.Row(record.line(), padded));
		}
		return new Table(DatasetFormat.CSV, file.toString(), header, rows);
	}
}
