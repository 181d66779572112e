package dev.piassistant.memory.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.graph.Keys;

/**
 * Markdown cut by heading: each section a chunk titled by its heading path, long sections in windows. Links to
 * other files and code spans naming known types become mentions. In knowledge files each section is a concept of
 * its own, so that it can be cited and found by name.
 */
public final class MarkdownReader {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s#?]+)[^)]*\\)");
	private static final Pattern CODE = Pattern.compile("`([A-Za-z_][A-Za-z0-9_.#]*)`");

	/** A section: its heading path and its lines (from 1, inclusive). */
	record Section(String path, String heading, int start, int end) {
	}

	private MarkdownReader() {
	}

	/**
	 * @param knowledge whether sections are concepts of a knowledge file
	 * @param types     the key of a known type by simple name, or null
	 */
	public static FileContent read(String root, String path, String text, boolean knowledge,
			Function<String, @Nullable String> types) {
		var content = new FileContent();
		var lines = new Lines(text);
		var fileKey = Keys.file(root, path);
		var name = path.substring(path.lastIndexOf('/') + 1);
		var self = content.entity(EntityKind.FILE, fileKey, name, "", 1, lines.count());
		for (var section : sections(lines)) {
			var body = lines.range(section.start(), section.end());
			var owner = self;
			if (knowledge && !section.path().isEmpty()) {
				owner = content.entity(EntityKind.CONCEPT, Keys.concept(fileKey, section.path()), section.heading(),
						firstLine(lines, section), section.start(), section.end());
				content.relate(self, fileKey, RelationKind.CONTAINS, content.key(owner), 1, section.start());
			}
			var title = section.path().isEmpty() ? name : name + " \u203a " + section.path();
			for (var window : Windows.of(lines, section.start(), section.end())) {
				content.chunk(owner, title, window[0], window[1], section.path(), lines.range(window[0], window[1]));
			}
			mentions(content, owner, path, root, body, section.start(), types);
		}
		return content;
	}

	private static String firstLine(Lines lines, Section section) {
		for (int i = section.start() + 1; i <= section.end(); i++) {
			if (!lines.line(i).isBlank()) {
				return lines.line(i).strip();
			}
		}
		return "";
	}

	static List<Section> sections(Lines lines) {
		var sections = new ArrayList<Section>();
		var headings = new String[7];
		var currentPath = "";
		var currentHeading = "";
		var start = 1;
		var fence = false;
		for (int i = 1; i <= lines.count(); i++) {
			var line = lines.line(i);
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				fence = !fence;
			}
			var heading = fence ? null : HEADING.matcher(line);
			if (heading != null && heading.matches()) {
				if (i > start || !currentPath.isEmpty()) {
					addIfText(sections, lines, currentPath, currentHeading, start, i - 1);
				}
				var level = heading.group(1).length();
				headings[level] = heading.group(2);
				for (int deeper = level + 1; deeper < headings.length; deeper++) {
					headings[deeper] = null;
				}
				currentHeading = heading.group(2);
				currentPath = path(headings);
				start = i;
			}
		}
		addIfText(sections, lines, currentPath, currentHeading, start, lines.count());
		return sections;
	}

	private static void addIfText(List<Section> sections, Lines lines, String path, String heading, int start, int end) {
		if (end >= start && !lines.range(start, end).isBlank()) {
			sections.add(new Section(path, heading, start, end));
		}
	}

	private static String path(String[] headings) {
		var parts = new ArrayList<String>();
		for (var heading : headings) {
			if (heading != null) {
				parts.add(heading);
			}
		}
		return String.join(" \u203a ", parts);
	}

	private static void mentions(FileContent content, int owner, String path, String root, String body, int line,
			Function<String, @Nullable String> types) {
		var source = content.key(owner);
		var links = LINK.matcher(body);
		while (links.find()) {
			var target = links.group(1);
			if (!target.contains(":")) {
				content.relate(owner, source, RelationKind.MENTIONS, Keys.file(root, resolve(path, target)), 1, line);
			}
		}
		var code = CODE.matcher(body);
		while (code.find()) {
			var name = code.group(1);
			var type = types.apply(name.contains("#") ? name.substring(0, name.indexOf('#')) : name);
			if (type != null) {
				content.relate(owner, source, RelationKind.MENTIONS, type, 1, line);
			}
		}
	}

	/** A relative link from the file at {@code from}, as a path inside the root. */
	static String resolve(String from, String link) {
		var parts = new ArrayList<String>(List.of(from.split("/")));
		parts.remove(parts.size() - 1);
		for (var part : link.split("/")) {
			if (part.equals("..")) {
				if (!parts.isEmpty()) {
					parts.remove(parts.size() - 1);
				}
			} else if (!part.equals(".") && !part.isEmpty()) {
				parts.add(part);
			}
		}
		return String.join("/", parts);
	}
}
