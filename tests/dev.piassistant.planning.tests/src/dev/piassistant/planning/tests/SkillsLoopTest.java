package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.allText;
import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.last;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.ToolCallEnded;

/** A project's skill in the real loop: offered by its description, its instructions sent only once loaded. */
class SkillsLoopTest {

	private static final String INSTRUCTIONS = "Group entries under Added, Changed and Fixed; newest release first.";

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@AfterEach
	void removeSkills() throws Exception {
		Folders.delete(fixture.workspace().resolve(".pi"));
	}

	@Test
	void aSkillIsOfferedByDescriptionAndItsInstructionsArriveOnlyWhenTheModelLoadsIt() throws Exception {
		var folder = fixture.workspace().resolve(".pi/skills/changelog");
		SkillsTest.write(folder, SkillsTest.skill("changelog", "How to write entries of CHANGELOG.md", INSTRUCTIONS));
		Files.writeString(folder.resolve("example.md"), "## 1.2.0\n### Added\n- Skills\n");
		fixture.server.enqueue(call("c1", "load_skill", args("name", "changelog")), say("Entries go under Added, Changed, Fixed."));

		var end = assertInstanceOf(TaskCompleted.class, fixture.run("How should I write the changelog?"));

		var requests = fixture.requests();
		assertEquals(2, requests.size());
		var first = allText(requests.get(0));
		assertTrue(first.contains("- changelog: How to write entries of CHANGELOG.md"), first);
		assertFalse(first.contains(INSTRUCTIONS), "the instructions are not sent before the skill is loaded");
		assertTrue(requests.get(0).path("tools").toString().contains("load_skill"));
		var result = last(requests.get(1));
		assertEquals("tool", result.path("role").asText());
		assertTrue(result.path("content").asText().contains(INSTRUCTIONS), result.toString());
		assertTrue(result.path("content").asText().contains("- example.md"), "the skill's files are listed");
		var ended = fixture.logged(end.session(), ToolCallEnded.class);
		assertEquals(CallOutcome.COMPLETED, ended.get(0).outcome());
	}

	@Test
	void withoutSkillsTheToolIsNotOffered() throws Exception {
		fixture.server.enqueue(say("Hello."));
		fixture.run("Hi");
		assertFalse(fixture.requests().get(0).path("tools").toString().contains("load_skill"));
		assertFalse(allText(fixture.requests().get(0)).contains("Skills ("));
	}
}
