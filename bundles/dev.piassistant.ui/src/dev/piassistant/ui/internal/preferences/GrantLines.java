package dev.piassistant.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.GrantTemplate;

/**
 * Grants and templates as the Permissions page edits them: one grant per line in their text form
 * ({@code command:mvn test}), one template per line as {@code name = grant; grant}. Reading a line that is not
 * one throws with the message to show, naming the line.
 */
final class GrantLines {

	private GrantLines() {
	}

	static String text(List<GrantTarget> targets) {
		var text = new StringBuilder();
		targets.forEach(target -> text.append(target.spec()).append('\n'));
		return text.toString();
	}

	static List<GrantTarget> targets(String text, String field) {
		var targets = new ArrayList<GrantTarget>();
		var lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i].strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				targets.add(parse(line, field, i + 1));
			}
		}
		return targets;
	}

	static String templatesText(List<GrantTemplate> templates) {
		var text = new StringBuilder();
		for (var template : templates) {
			text.append(template.name()).append(" = ").append(String.join("; ", template.targets().stream().map(GrantTarget::spec).toList()))
					.append('\n');
		}
		return text.toString();
	}

	static List<GrantTemplate> templates(String text) {
		var templates = new ArrayList<GrantTemplate>();
		var lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			var equals = line.indexOf('=');
			var name = equals < 0 ? "" : line.substring(0, equals).strip();
			if (equals < 0 || name.isEmpty() || name.contains(" ") || name.contains(":")) {
				throw new IllegalArgumentException(NLS.bind(Messages.PermissionsPage_templateLine, i + 1));
			}
			var targets = new ArrayList<GrantTarget>();
			for (var spec : line.substring(equals + 1).split(";")) {
				if (!spec.isBlank()) {
					targets.add(parse(spec.strip(), Messages.PermissionsPage_templates, i + 1));
				}
			}
			if (targets.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.PermissionsPage_templateEmpty, name, i + 1));
			}
			templates.add(new GrantTemplate(name, targets, false));
		}
		return templates;
	}

	private static GrantTarget parse(String spec, String field, int line) {
		try {
			return GrantTarget.parse(spec);
		} catch (IllegalArgumentException e) {
			var name = field.replace("&", "").strip().replaceFirst(":$", "");
			throw new IllegalArgumentException(NLS.bind(Messages.PermissionsPage_badGrant, new Object[] { name, line, spec }), e);
		}
	}
}
