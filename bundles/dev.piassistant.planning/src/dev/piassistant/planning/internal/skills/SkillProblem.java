package dev.piassistant.planning.internal.skills;

import java.nio.file.Path;

/** A SKILL.md that could not be read as a skill, and why; the other skills load all the same. */
public record SkillProblem(Path file, String reason) implements SkillRead {

	/** The message for the user and the model, naming the file. */
	public String describe() {
		return file + ": " + reason;
	}
}
