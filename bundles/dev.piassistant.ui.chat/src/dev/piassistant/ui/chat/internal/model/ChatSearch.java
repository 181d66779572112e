package dev.piassistant.ui.chat.internal.model;

import java.util.List;
import java.util.Locale;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.UserMessageSent;

/**
 * Whether a chat is about something: every word of the query (in any case, in any order) appears in its
 * title or in what was said in it, the user's messages and the answers as shown.
 */
public final class ChatSearch {

	private ChatSearch() {
	}

	public static boolean matches(SessionSummary summary, List<AgentEvent> history, String query) {
		var words = words(query);
		if (words.isEmpty()) {
			return true;
		}
		var said = new StringBuilder(summary.title());
		for (var event : history) {
			if (event instanceof UserMessageSent sent) {
				said.append('\n').append(sent.text());
			} else if (event instanceof AssistantMessageEnded answer) {
				said.append('\n').append(answer.text());
			}
		}
		var text = said.toString().toLowerCase(Locale.ROOT);
		return words.stream().allMatch(text::contains);
	}

	static List<String> words(String query) {
		return List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream().filter(word -> !word.isEmpty()).toList();
	}
}
