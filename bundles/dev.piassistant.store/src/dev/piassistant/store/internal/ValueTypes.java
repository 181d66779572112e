package dev.piassistant.store.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The types reachable from the event records' components, walked through records, sealed interfaces and
 * generic type arguments, so that the codec needs no list kept by hand: a new sealed value or identifier
 * anywhere inside an event is found by itself.
 */
public final class ValueTypes {

	private final Set<Class<?>> sealedTypes = new LinkedHashSet<>();
	private final Map<Class<?>, String> kinds = new LinkedHashMap<>();
	private final Set<Class<?>> identifiers = new LinkedHashSet<>();
	private final Set<Class<?>> seen = new HashSet<>();

	private ValueTypes() {
	}

	public static ValueTypes reachableFrom(Collection<? extends Class<?>> records) {
		var types = new ValueTypes();
		records.forEach(types::visitComponents);
		types.sealedTypes.forEach(types::checkKindsUnique);
		return types;
	}

	/** Sealed interfaces: written with a "kind" property that names the concrete record. */
	public Set<Class<?>> sealedTypes() {
		return sealedTypes;
	}

	/** Each concrete type of a sealed interface, with its kind: its simple class name. */
	public Map<Class<?>, String> kinds() {
		return kinds;
	}

	/** Records with a single String component named {@code value} (SessionId, StepId...): written as the string. */
	public Set<Class<?>> identifiers() {
		return identifiers;
	}

	private void visitComponents(Class<?> record) {
		if (!record.isRecord()) {
			throw new IllegalArgumentException(record.getName() + " is not a record");
		}
		for (var component : record.getRecordComponents()) {
			visit(component.getGenericType());
		}
	}

	private void visit(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			visit(parameterized.getRawType());
			for (var argument : parameterized.getActualTypeArguments()) {
				visit(argument);
			}
		} else if (type instanceof WildcardType wildcard) {
			visitAll(wildcard.getUpperBounds());
		} else if (type instanceof TypeVariable<?> variable) {
			visitAll(variable.getBounds());
		} else if (type instanceof GenericArrayType array) {
			visit(array.getGenericComponentType());
		} else if (type instanceof Class<?> plain && seen.add(plain)) {
			visitClass(plain);
		}
	}

	private void visitAll(Type[] types) {
		for (var type : types) {
			visit(type);
		}
	}

	private void visitClass(Class<?> type) {
		if (type.isArray()) {
			visit(type.getComponentType());
		} else if (type.isSealed()) {
			sealedTypes.add(type);
			for (var permitted : type.getPermittedSubclasses()) {
				if (!Modifier.isAbstract(permitted.getModifiers())) {
					kinds.put(permitted, permitted.getSimpleName());
				}
				visit(permitted);
			}
		} else if (isIdentifier(type)) {
			identifiers.add(type);
		} else if (type.isRecord()) {
			visitComponents(type);
		}
	}

	private static boolean isIdentifier(Class<?> type) {
		if (!type.isRecord()) {
			return false;
		}
		var components = type.getRecordComponents();
		return components.length == 1 && components[0].getType() == String.class && components[0].getName().equals("value");
	}

	/** Kinds are read back by name within their sealed type, so two of its records may not share a simple name. */
	private void checkKindsUnique(Class<?> sealedType) {
		var names = new LinkedHashMap<String, Class<?>>();
		kinds.forEach((type, name) -> {
			if (sealedType.isAssignableFrom(type)) {
				var other = names.putIfAbsent(name, type);
				if (other != null) {
					throw new IllegalStateException(type.getName() + " and " + other.getName() + " are both '" + name
							+ "' within " + sealedType.getName() + ": rename one so the event log can tell them apart");
				}
			}
		});
	}
}
