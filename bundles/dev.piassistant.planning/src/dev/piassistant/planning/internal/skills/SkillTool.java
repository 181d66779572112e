package dev.piassistant.planning.internal.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;

/**
 * {@value #NAME}: gives the model a skill's full instructions, and the files of its folder on request. The
 * skills are found afresh at every call, so a skill added while the IDE runs is there at once.
 */
@Component(service = ToolProvider.class)
public final class SkillTool implements ToolProvider {

	public static final String NAME = "load_skill";
	/** A skill's file longer than this is cut, with a note. */
	static final int MAX_FILE_CHARS = 100_000;

	private final Tool tool = new Tool(NAME,
			"Load a skill's full instructions (the skills on offer are listed in your instructions), or one of its files.",
			Schema.object().string("name", "The skill's name", true)
					.string("file", "A file of the skill's folder, as the skill lists it; omit for the instructions", false).build(),
			Risk.READ, this::load);

	@Override
	public List<Tool> tools() {
		return List.of(tool);
	}

	private ToolResult load(ToolInvocation call) throws IOException {
		var skills = Skills.discover(PiHome.directory(), call.context().workspace());
		var name = call.text("name", "");
		var skill = skills.find(name);
		if (skill.isEmpty()) {
			return ToolResult.error(Prompts.noSkill(name, skills));
		}
		var file = call.text("file", "");
		return file.isBlank() ? ToolResult.ok(Prompts.skillLoaded(skill.get())) : readFile(skill.get(), file);
	}

	private static ToolResult readFile(Skill skill, String file) throws IOException {
		if (!skill.files().contains(file)) {
			return ToolResult.error(Prompts.noSkillFile(skill, file));
		}
		var text = Files.readString(skill.folder().resolve(file), StandardCharsets.UTF_8);
		return ToolResult.ok(text.length() <= MAX_FILE_CHARS ? text
				: text.substring(0, MAX_FILE_CHARS) + "\n[cut: the file has " + text.length() + " characters]");
	}
}
