package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;

/** A session as listed in the history: its title and when it was last active. */
public record SessionSummary(SessionId session, String title, Instant started, Instant lastActivity,
		int eventCount) {
}
