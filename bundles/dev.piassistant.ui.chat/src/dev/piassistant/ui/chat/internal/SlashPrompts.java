package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.mcp.McpPrompt;

/**
 * Slash commands in the composer: a message that starts with {@code /} is offered the MCP servers' prompts as
 * {@code /server:prompt} with their descriptions, narrowed as the user types; servers still starting, down, or
 * without prompts say so.
 */
final class SlashPrompts implements IContentProposalProvider {

	private final McpCatalog catalog;

	SlashPrompts(McpCatalog catalog) {
		this.catalog = catalog;
	}

	static String command(McpPrompt prompt) {
		return "/" + prompt.server() + ":" + prompt.name();
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		if (!contents.startsWith("/") || position < 1 || contents.substring(0, position).chars().anyMatch(Character::isWhitespace)) {
			return new IContentProposal[0];
		}
		var typed = contents.substring(0, position).toLowerCase(Locale.ROOT);
		catalog.request();
		var known = catalog.servers();
		if (known.isEmpty()) {
			return new IContentProposal[] { McpChoice.note(McpTexts.Prompts_loading) };
		}
		var choices = new ArrayList<McpChoice>();
		for (var server : known.get()) {
			server.prompts().stream().filter(prompt -> command(prompt).toLowerCase(Locale.ROOT).contains(typed))
					.map(McpChoice::prompt).forEach(choices::add);
			if (server.prompts().isEmpty() && ("/" + server.name()).toLowerCase(Locale.ROOT).startsWith(typed)) {
				choices.add(McpChoice.note(state(server, McpTexts.Prompts_none)));
			}
		}
		if (known.get().isEmpty()) {
			choices.add(McpChoice.note(McpTexts.Servers_none));
		}
		return choices.toArray(IContentProposal[]::new);
	}

	/** Why a server offers nothing: still starting, down, or it has none. */
	static String state(McpCatalog.Server server, String none) {
		if (!server.read()) {
			return NLS.bind(McpTexts.Server_starting, server.name());
		}
		return server.problem().isEmpty() ? NLS.bind(none, server.name()) : NLS.bind(McpTexts.Server_down, server.name(), server.problem());
	}

	/** The prompts known now, for tests. */
	List<McpPrompt> prompts() {
		return catalog.servers().orElse(List.of()).stream().flatMap(server -> server.prompts().stream()).toList();
	}
}
