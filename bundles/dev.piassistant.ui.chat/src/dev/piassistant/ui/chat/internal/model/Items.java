package dev.piassistant.ui.chat.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.TaskId;

/**
 * The transcript's items in order, by key. An item put again under its key keeps its place; one equal to
 * the item it replaces is not replaced, so an unchanged card keeps its identity.
 */
final class Items {

	private final List<String> order = new ArrayList<>();
	private final Map<String, TranscriptItem> byKey = new HashMap<>();
	private final Map<String, TaskId> taskOf = new HashMap<>();

	/** Appends the item, or replaces the one with its key in place. */
	void put(TranscriptItem item, @Nullable TaskId task) {
		var key = item.key();
		var old = byKey.get(key);
		if (old == null) {
			order.add(key);
		}
		if (!item.equals(old)) {
			byKey.put(key, item);
		}
		if (task != null) {
			taskOf.put(key, task);
		}
	}

	/** Places the item after the task's last item (or at the end when the task has none). */
	void putAfterTask(TranscriptItem item, TaskId task) {
		if (byKey.containsKey(item.key())) {
			put(item, task);
			return;
		}
		var index = order.size();
		for (int i = order.size() - 1; i >= 0; i--) {
			if (task.equals(taskOf.get(order.get(i)))) {
				index = i + 1;
				break;
			}
		}
		order.add(index, item.key());
		byKey.put(item.key(), item);
		taskOf.put(item.key(), task);
	}

	void remove(String key) {
		if (byKey.remove(key) != null) {
			order.remove(key);
			taskOf.remove(key);
		}
	}

	Optional<TranscriptItem> get(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	<T extends TranscriptItem> Optional<T> get(String key, Class<T> type) {
		return get(key).filter(type::isInstance).map(type::cast);
	}

	/** The items to show, in order. */
	List<TranscriptItem> list(Predicate<TranscriptItem> shown) {
		return order.stream().map(byKey::get).filter(shown).toList();
	}

	void clear() {
		order.clear();
		byKey.clear();
		taskOf.clear();
	}
}
