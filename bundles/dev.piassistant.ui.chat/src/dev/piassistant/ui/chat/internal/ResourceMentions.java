package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.Locale;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * {@code @} mentions of MCP resources in the composer: typing {@code @} (and part of a server's name, a
 * resource's name or URI) offers the servers' resources; choosing one writes {@code @server:uri} into the
 * message and attaches the resource's contents. No servers configured, no proposals: {@code @} stays a
 * character for annotations and addresses.
 */
final class ResourceMentions implements IContentProposalProvider {

	private final McpCatalog catalog;

	ResourceMentions(McpCatalog catalog) {
		this.catalog = catalog;
	}

	/** Where the mention being typed starts (its {@code @}), or -1 when the caret is in none. */
	static int start(String contents, int position) {
		var at = contents.lastIndexOf('@', Math.max(0, position - 1));
		if (at < 0 || (at > 0 && !Character.isWhitespace(contents.charAt(at - 1)))
				|| contents.substring(at, position).chars().anyMatch(Character::isWhitespace)) {
			return -1;
		}
		return at;
	}

	private static boolean matches(McpChoice choice, String typed) {
		return choice.content().toLowerCase(Locale.ROOT).contains(typed) || choice.label().toLowerCase(Locale.ROOT).contains(typed);
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		var at = start(contents, position);
		if (at < 0) {
			return new IContentProposal[0];
		}
		var typed = contents.substring(at + 1, position).toLowerCase(Locale.ROOT);
		catalog.request();
		var known = catalog.servers();
		if (known.isEmpty()) {
			return new IContentProposal[] { McpChoice.note(McpTexts.Resources_loading) };
		}
		var choices = new ArrayList<McpChoice>();
		for (var server : known.get()) {
			server.resources().stream().map(McpChoice::resource)
					.filter(choice -> matches(choice, typed)).forEach(choices::add);
			if (server.resources().isEmpty() && server.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
				choices.add(McpChoice.note(SlashPrompts.state(server, McpTexts.Resources_none)));
			}
		}
		return choices.toArray(IContentProposal[]::new);
	}
}
