package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.planning.internal.skills.Skill;
import dev.piassistant.planning.internal.skills.SkillFile;
import dev.piassistant.planning.internal.skills.SkillProblem;
import dev.piassistant.planning.internal.skills.Skills;

/** Finding and reading skills: the user's and the projects', with files that are not skills named and skipped. */
class SkillsTest {

	@TempDir
	Path home;
	@TempDir
	Path workspace;

	static Path write(Path folder, String text) throws Exception {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(SkillFile.FILE_NAME), text);
	}

	static String skill(String name, String description, String instructions) {
		return "---\nname: " + name + "\ndescription: " + description + "\n---\n" + instructions + "\n";
	}

	@Test
	void userAndProjectSkillsAreFoundWithTheirFilesAndAProjectSkillReplacesTheUsersOfTheSameName() throws Exception {
		write(home.resolve("skills/commit-style"), skill("commit-style", "How to word commits", "Use the imperative."));
		write(home.resolve("skills/changelog"), skill("changelog", "User version", "Old text."));
		var project = workspace.resolve("app/.pi/skills/changelog");
		write(project, skill("changelog", "\"Write the changelog: entries, order\"", "Newest first.\n\nOne line each."));
		Files.createDirectories(project.resolve("templates"));
		Files.writeString(project.resolve("templates/entry.md"), "- {change}");
		write(workspace.resolve(".pi/skills/sql-migrations"), skill("sql-migrations", "Writing SQL migrations", "Never drop."));

		var skills = Skills.discover(home, workspace);

		assertEquals(List.of("changelog", "commit-style", "sql-migrations"), skills.skills().stream().map(Skill::name).toList());
		var changelog = skills.find("changelog").orElseThrow();
		assertEquals("Write the changelog: entries, order", changelog.description(), "quoted YAML is read as YAML");
		assertEquals("Newest first.\n\nOne line each.", changelog.instructions());
		assertEquals(List.of("templates/entry.md"), changelog.files());
		assertTrue(skills.problems().isEmpty());
	}

	@Test
	void malformedSkillFilesAreNamedWithWhatIsWrongAndTheOthersStillLoad() throws Exception {
		var root = home.resolve("skills");
		write(root.resolve("good"), skill("good", "A good skill", "Do it well."));
		var noFrontMatter = write(root.resolve("bare"), "# Just markdown\n");
		var badYaml = write(root.resolve("yaml"), "---\nname: [unclosed\ndescription: x\n---\nText\n");
		var noDescription = write(root.resolve("nodesc"), "---\nname: nodesc\n---\nText\n");
		var badName = write(root.resolve("Bad Name"), skill("Bad Name", "Spaces", "Text"));
		var unclosed = write(root.resolve("open"), "---\nname: open\ndescription: never closed\n");

		var skills = Skills.discover(home, workspace);

		assertEquals(List.of("good"), skills.skills().stream().map(Skill::name).toList());
		var problems = skills.problems().stream().map(SkillProblem::describe).toList();
		assertEquals(5, problems.size(), problems.toString());
		assertTrue(problems.contains(noFrontMatter + ": does not start with YAML front matter (a line '---', then name: and "
				+ "description:, then '---')"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(badYaml + ": its front matter is not valid YAML")), problems.toString());
		assertTrue(problems.contains(noDescription + ": has no 'description:' in its front matter (the model chooses skills by it)"));
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(badName + ": its name 'Bad Name' must be lowercase")));
		assertTrue(problems.contains(unclosed + ": its front matter has no closing '---' line"));
	}

	@Test
	void aFoldedDescriptionIsOneLine() throws Exception {
		var file = write(home.resolve("skills/long"), "---\nname: long\ndescription: >\n  First part\n  second part\n---\nBody\n");
		var skill = assertInstanceOf(Skill.class, SkillFile.read(file));
		assertEquals("First part second part", skill.description());
	}
}
