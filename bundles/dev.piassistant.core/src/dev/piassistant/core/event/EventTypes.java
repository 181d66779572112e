package dev.piassistant.core.event;

import java.util.ArrayList;
import java.util.List;

/** The concrete event records, found through the sealed hierarchy, so no list has to be kept by hand. */
public final class EventTypes {

	private EventTypes() {
	}

	public static List<Class<? extends AgentEvent>> all() {
		var types = new ArrayList<Class<? extends AgentEvent>>();
		collect(AgentEvent.class, types);
		return List.copyOf(types);
	}

	@SuppressWarnings("unchecked")
	private static void collect(Class<?> type, List<Class<? extends AgentEvent>> into) {
		if (type.isRecord()) {
			into.add((Class<? extends AgentEvent>) type);
		}
		var permitted = type.getPermittedSubclasses();
		if (permitted != null) {
			for (var subtype : permitted) {
				collect(subtype, into);
			}
		}
	}
}
