package dev.piassistant.planning.internal.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The skills on offer: those of the user ({@code skills/} in the Pi home), then those of the workspace's
 * root and of each project folder directly inside it ({@code .pi/skills/}); a project's skill replaces a user's
 * of the same name. Each skill is a folder holding a {@link SkillFile#FILE_NAME}. Files that are not skills are
 * kept as problems, named, and the rest load.
 */
public record Skills(List<Skill> skills, List<SkillProblem> problems) {

	public static final Skills NONE = new Skills(List.of(), List.of());
	private static final System.Logger LOG = System.getLogger(Skills.class.getName());

	public Skills {
		skills = List.copyOf(skills);
		problems = List.copyOf(problems);
	}

	public static Skills discover(Path piHome, Path workspace) {
		var roots = new ArrayList<Path>();
		roots.add(piHome.resolve("skills"));
		roots.add(workspace.resolve(".pi").resolve("skills"));
		try (Stream<Path> children = Files.list(workspace)) {
			children.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith(".")).sorted()
					.forEach(dir -> roots.add(dir.resolve(".pi").resolve("skills")));
		} catch (IOException e) {
			// A workspace that cannot be listed has the user's skills only.
		}
		return of(roots);
	}

	/** The skills of these folders, later ones replacing earlier ones of the same name. */
	static Skills of(List<Path> roots) {
		var byName = new LinkedHashMap<String, Skill>();
		var problems = new ArrayList<SkillProblem>();
		for (var root : roots) {
			for (var file : skillFiles(root)) {
				var read = SkillFile.read(file);
				if (read instanceof Skill skill) {
					byName.remove(skill.name());
					byName.put(skill.name(), skill);
				} else if (read instanceof SkillProblem problem) {
					LOG.log(System.Logger.Level.WARNING, "Skipped a skill: " + problem.describe());
					problems.add(problem);
				}
			}
		}
		return new Skills(sorted(byName), problems);
	}

	private static List<Skill> sorted(Map<String, Skill> byName) {
		return byName.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
	}

	private static List<Path> skillFiles(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(root)) {
			return folders.filter(Files::isDirectory).sorted().map(folder -> folder.resolve(SkillFile.FILE_NAME))
					.filter(Files::isRegularFile).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	public Optional<Skill> find(String name) {
		return skills.stream().filter(skill -> skill.name().equals(name)).findFirst();
	}

	public boolean isEmpty() {
		return skills.isEmpty();
	}
}
