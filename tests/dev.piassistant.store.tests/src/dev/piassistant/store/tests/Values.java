package dev.piassistant.store.tests;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The classes of the values inside values: record components and collection elements, all the way down. */
final class Values {

	private Values() {
	}

	static Set<Class<?>> classesIn(Object value) {
		var found = new HashSet<Class<?>>();
		collect(value, found);
		return found;
	}

	private static void collect(Object value, Set<Class<?>> found) {
		if (value instanceof Collection<?> collection) {
			collection.forEach(element -> collect(element, found));
		} else if (value != null) {
			found.add(value.getClass());
			collectComponents(value, found);
		}
	}

	private static void collectComponents(Object value, Set<Class<?>> found) {
		if (value.getClass().isRecord()) {
			for (var component : value.getClass().getRecordComponents()) {
				try {
					collect(component.getAccessor().invoke(value), found);
				} catch (IllegalAccessException | InvocationTargetException e) {
					throw new AssertionError("cannot read " + component, e);
				}
			}
		}
	}
}
