package dev.piassistant.ui.chat.internal;

import org.eclipse.jface.fieldassist.IContentProposal;

import dev.piassistant.core.mcp.McpPrompt;
import dev.piassistant.core.mcp.McpResource;

/**
 * One line of the composer's MCP proposals: a prompt, a resource, or a word about a server (loading, down,
 * nothing to offer) that chooses nothing.
 */
record McpChoice(String content, String label, String description, Object target) implements IContentProposal {

	static McpChoice prompt(McpPrompt prompt) {
		var command = SlashPrompts.command(prompt);
		var label = prompt.description().isBlank() ? command : command + " \u2013 " + prompt.description();
		return new McpChoice(command, label, prompt.description(), prompt);
	}

	static McpChoice resource(McpResource resource) {
		var name = resource.name().isBlank() ? resource.uri() : resource.name();
		var label = name + " \u2013 " + resource.server() + ": " + resource.uri();
		return new McpChoice(resource.server() + ":" + resource.uri(), label, resource.description(), resource);
	}

	static McpChoice note(String text) {
		return new McpChoice("", text, "", "");
	}

	@Override
	public String getContent() {
		return content;
	}

	@Override
	public int getCursorPosition() {
		return content.length();
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return description.isBlank() ? null : description;
	}
}
