package dev.piassistant.ui.chat.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.SessionSummary;

/** The Recent Chats menu: each chat with when it was last active, the one shown checked. */
final class RecentChats {

	static final int SHOWN = 15;

	private RecentChats() {
	}

	static List<IAction> actions(List<SessionSummary> sessions, Optional<SessionId> current, ZoneId zone,
			Consumer<SessionId> open) {
		return sessions.stream().limit(SHOWN).map(summary -> {
			IAction action = new Action(label(summary, zone), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					open.accept(summary.session());
				}
			};
			action.setChecked(current.filter(summary.session()::equals).isPresent());
			return action;
		}).toList();
	}

	/** The title (or the start of the chat's id), then, right-aligned, when it was last active. */
	static String label(SessionSummary summary, ZoneId zone) {
		var title = summary.title().isBlank() ? summary.session().value().substring(0, 8) : summary.title().strip();
		var firstLine = title.lines().findFirst().orElse(title);
		var shortTitle = firstLine.length() > 60 ? firstLine.substring(0, 59) + "\u2026" : firstLine;
		var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.format(summary.lastActivity().atZone(zone));
		// '&' marks a mnemonic in menus; a tab puts the date in the accelerator column.
		return shortTitle.replace("&", "&&") + "\t" + when;
	}
}
