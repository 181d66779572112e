package dev.piassistant.tools.mcp.internal.client;

import java.util.Locale;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * An MCP result as the text the model reads: text parts as they are, other parts described, structured content
 * when there is no text. Capped: a result longer than the limit is cut, saying how much was left out.
 */
public final class ResultText {

	/** What a tool result may take of the context, in characters, unless configured otherwise. */
	public static final int DEFAULT_LIMIT = 50_000;

	private ResultText() {
	}

	public static String of(McpSchema.CallToolResult result, int limit) {
		var text = new StringBuilder();
		if (result.content() != null) {
			result.content().forEach(content -> append(text, content));
		}
		if (text.isEmpty() && result.structuredContent() != null) {
			text.append(Sdk.json(result.structuredContent()));
		}
		return cap(text.toString(), limit);
	}

	public static String of(McpSchema.ReadResourceResult result, int limit) {
		var text = new StringBuilder();
		for (var contents : result.contents()) {
			separate(text);
			if (contents instanceof McpSchema.TextResourceContents textContents) {
				text.append(textContents.text());
			} else if (contents instanceof McpSchema.BlobResourceContents blob) {
				text.append(String.format(Locale.ROOT, "[binary resource %s, %s, %,d bytes base64]", blob.uri(), blob.mimeType(),
						blob.blob().length()));
			}
		}
		return cap(text.toString(), limit);
	}

	public static String of(McpSchema.GetPromptResult result, int limit) {
		var text = new StringBuilder();
		if (result.description() != null && !result.description().isBlank()) {
			text.append(result.description()).append("\n\n");
		}
		for (var message : result.messages()) {
			separate(text);
			text.append('[').append(message.role().name().toLowerCase(Locale.ROOT)).append("]\n");
			append(text, message.content());
		}
		return cap(text.toString(), limit);
	}

	static void append(StringBuilder text, McpSchema.Content content) {
		separate(text);
		if (content instanceof McpSchema.TextContent part) {
			text.append(part.text());
		} else if (content instanceof McpSchema.ImageContent image) {
			text.append(String.format(Locale.ROOT, "[image, %s, %,d bytes base64]", image.mimeType(), image.data().length()));
		} else if (content instanceof McpSchema.AudioContent audio) {
			text.append(String.format(Locale.ROOT, "[audio, %s, %,d bytes base64]", audio.mimeType(), audio.data().length()));
		} else if (content instanceof McpSchema.EmbeddedResource embedded) {
			var resource = embedded.resource();
			text.append(resource instanceof McpSchema.TextResourceContents inline ? inline.text()
					: "[embedded resource " + resource.uri() + "]");
		} else if (content instanceof McpSchema.ResourceLink link) {
			text.append("[resource link ").append(link.uri()).append(link.name() == null ? "" : " (" + link.name() + ")").append(']');
		}
	}

	private static void separate(StringBuilder text) {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

	/** The text, or its first {@code limit} characters and a note of how much was left out. */
	public static String cap(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		return text.substring(0, limit) + String.format(Locale.ROOT,
				"\n[... %,d more characters left out: the result had %,d characters and at most %,d are kept. Ask for less.]",
				text.length() - limit, text.length(), limit);
	}
}
