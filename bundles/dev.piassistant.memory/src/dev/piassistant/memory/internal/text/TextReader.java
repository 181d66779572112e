package dev.piassistant.memory.internal.text;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.graph.Keys;

/** Any other text file: the file, in overlapping windows of lines. */
public final class TextReader {

	private TextReader() {
	}

	public static FileContent read(String root, String path, String text) {
		var content = new FileContent();
		var lines = new Lines(text);
		var name = path.substring(path.lastIndexOf('/') + 1);
		var self = content.entity(EntityKind.FILE, Keys.file(root, path), name, "", 1, lines.count());
		if (lines.count() == 0) {
			return content;
		}
		for (var window : Windows.of(lines, 1, lines.count())) {
			var title = window[0] == 1 && window[1] == lines.count() ? name : name + " (lines " + window[0] + "-" + window[1] + ")";
			content.chunk(self, title, window[0], window[1], "", lines.range(window[0], window[1]));
		}
		return content;
	}
}
