package dev.piassistant.ui.chat.internal.model;

import java.util.List;

/**
 * The message sent to the agent: what the user typed, then each attachment under a heading that names its
 * file (and lines), its content fenced. Plain text that reads well in the transcript and in any model's
 * template; the headings are the protocol's words, not the user's, so they stay in English like the tools'.
 */
public final class ContextPrompt {

	private ContextPrompt() {
	}

	public static String of(String typed, List<Attachment> attachments) {
		if (attachments.isEmpty()) {
			return typed;
		}
		var prompt = new StringBuilder(typed.strip());
		for (var attachment : attachments) {
			prompt.append("\n\n").append(heading(attachment)).append('\n');
			var fence = fence(attachment.sentContent());
			var kind = attachment.kind();
			var language = kind == Attachment.Kind.PROBLEMS || kind == Attachment.Kind.RESOURCE ? "" : attachment.language();
			prompt.append(fence).append(language).append('\n').append(attachment.sentContent());
			if (!attachment.sentContent().endsWith("\n")) {
				prompt.append('\n');
			}
			prompt.append(fence);
			if (attachment.cut()) {
				prompt.append("\n(cut after ").append(Attachment.MAX_FILE_CHARS).append(" characters; read the file for the rest)");
			}
		}
		return prompt.toString();
	}

	private static String heading(Attachment attachment) {
		return switch (attachment.kind()) {
		case FILE -> "File `" + attachment.path() + "`:";
		case SELECTION -> "Selected in `" + attachment.path() + "`, lines " + attachment.firstLine() + "-"
				+ attachment.lastLine() + ":";
		case PROBLEMS -> "Problems in `" + attachment.path() + "`:";
		case RESOURCE -> "Resource `" + attachment.uri() + "` of the MCP server `" + attachment.server() + "`:";
		};
	}

	/** A fence longer than any run of backticks in the content, so the content cannot close it. */
	private static String fence(String content) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < content.length(); i++) {
			run = content.charAt(i) == '`' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return "`".repeat(Math.max(3, longest + 1));
	}

	/** About how many tokens a text costs: a quarter of its characters, as for most models' English and code. */
	public static int tokens(String text) {
		return (text.length() + 3) / 4;
	}
}
