package dev.piassistant.planning.internal.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one skill's {@code SKILL.md}: YAML front matter between {@code ---} lines with {@code name} and
 * {@code description}, then the instructions in Markdown. The same format other agents share.
 */
public final class SkillFile {

	public static final String FILE_NAME = "SKILL.md";
	static final int MAX_NAME = 64;
	static final int MAX_DESCRIPTION = 1024;
	/** Files of a skill's folder listed for the model; a skill with more is listed up to this many. */
	static final int MAX_FILES = 100;
	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final String FENCE = "---";

	private SkillFile() {
	}

	/** The skill, or why the file is not one; never throws. */
	public static SkillRead read(Path file) {
		try {
			return parse(file, Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new SkillProblem(file, "cannot be read (" + e.getMessage() + ")");
		}
	}

	static SkillRead parse(Path file, String text) {
		var lines = text.replace("\r\n", "\n").split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
			return new SkillProblem(file, "does not start with YAML front matter (a line '---', then name: and description:, then '---')");
		}
		var end = 1;
		while (end < lines.length && !lines[end].strip().equals(FENCE)) {
			end++;
		}
		if (end == lines.length) {
			return new SkillProblem(file, "its front matter has no closing '---' line");
		}
		Map<?, ?> fields;
		try {
			var loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", List.of(lines).subList(1, end)));
			if (!(loaded instanceof Map<?, ?> map)) {
				return new SkillProblem(file, "its front matter is not a list of 'key: value' lines");
			}
			fields = map;
		} catch (YAMLException e) {
			return new SkillProblem(file, "its front matter is not valid YAML (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
		}
		var instructions = String.join("\n", List.of(lines).subList(end + 1, lines.length)).strip();
		return skill(file, fields, instructions);
	}

	private static SkillRead skill(Path file, Map<?, ?> fields, String instructions) {
		var name = text(fields.get("name"));
		var description = text(fields.get("description"));
		if (name.isEmpty()) {
			return new SkillProblem(file, "has no 'name:' in its front matter");
		}
		if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
			return new SkillProblem(file, "its name '" + name + "' must be lowercase letters, digits and hyphens, at most "
					+ MAX_NAME + " characters");
		}
		if (description.isEmpty()) {
			return new SkillProblem(file, "has no 'description:' in its front matter (the model chooses skills by it)");
		}
		if (description.length() > MAX_DESCRIPTION) {
			return new SkillProblem(file, "its description is longer than " + MAX_DESCRIPTION + " characters");
		}
		if (instructions.isEmpty()) {
			return new SkillProblem(file, "has no instructions after its front matter");
		}
		return new Skill(name, description.replaceAll("\\s+", " "), instructions, file.getParent(), files(file.getParent()));
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString().strip();
	}

	/** The folder's other files, relative to it, sorted. */
	private static List<String> files(Path folder) {
		var files = new ArrayList<String>();
		try (Stream<Path> walk = Files.walk(folder, 4)) {
			walk.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString().replace('\\', '/'))
					.filter(path -> !path.equals(FILE_NAME) && !path.startsWith(".")).sorted().limit(MAX_FILES).forEach(files::add);
		} catch (IOException e) {
			// A folder that cannot be listed offers its instructions only.
		}
		return files;
	}
}
