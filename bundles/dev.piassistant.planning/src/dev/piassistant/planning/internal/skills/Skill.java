package dev.piassistant.planning.internal.skills;

import java.nio.file.Path;
import java.util.List;

/**
 * One skill: what the model is offered ({@code name}, {@code description}) and what it gets when it loads the
 * skill (the {@code instructions}, and the other files of its folder, relative to that folder).
 */
public record Skill(String name, String description, String instructions, Path folder, List<String> files) implements SkillRead {

	public Skill {
		files = List.copyOf(files);
	}
}
