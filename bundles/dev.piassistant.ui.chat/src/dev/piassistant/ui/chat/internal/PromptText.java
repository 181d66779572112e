package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An MCP prompt's text as the message the user sends. The MCP service heads each of the prompt's messages with
 * its role; a prompt of one user message is sent as that message alone, as if typed. A conversation (several
 * messages, or the assistant's) keeps its headings, so the model sees who says what.
 */
final class PromptText {

	private static final Pattern ROLE = Pattern.compile("\\[(user|assistant)\\]");

	private PromptText() {
	}

	static String message(String fetched) {
		List<String> lines = fetched.lines().toList();
		var roles = lines.stream().filter(line -> ROLE.matcher(line).matches()).toList();
		if (roles.size() == 1 && roles.get(0).equals("[user]")) {
			var heading = lines.indexOf("[user]");
			return String.join("\n", lines.subList(heading + 1, lines.size())).strip();
		}
		return fetched.strip();
	}
}
