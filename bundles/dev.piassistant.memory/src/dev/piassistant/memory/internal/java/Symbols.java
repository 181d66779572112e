package dev.piassistant.memory.internal.java;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Every type the index knows, with its supertypes, methods and fields: what names in code are resolved against.
 * Loaded from the database at the start of an index run, less the files read again, plus what they declare now.
 */
public final class Symbols {

	/** A type by its key. */
	public static final class TypeSymbol {
		public final String key;
		public final String name;
		public final String packageName;
		public final List<String> supers = new ArrayList<>();
		final Map<String, List<MethodSymbol>> methods = new HashMap<>();
		final Map<String, @Nullable String> fields = new HashMap<>();

		public TypeSymbol(String key, String packageName) {
			this.key = key;
			this.name = key.substring(key.lastIndexOf('.') + 1);
			this.packageName = packageName;
		}

		public void method(MethodSymbol method) {
			methods.computeIfAbsent(method.name(), name -> new ArrayList<>()).add(method);
		}

		public void field(String name, @Nullable String type) {
			fields.put(name, type);
		}

		List<MethodSymbol> methods(String name) {
			return methods.getOrDefault(name, List.of());
		}
	}

	/** A method: {@code returns} is its return type's key, when it is a type the index knows. */
	public record MethodSymbol(String key, String name, List<String> parameters, @Nullable String returns) {

		/** From a key such as {@code a.B#run(String,int)}. */
		public static MethodSymbol parse(String key, @Nullable String returns) {
			var open = key.indexOf('(');
			var name = key.substring(key.indexOf('#') + 1, open);
			var inside = key.substring(open + 1, key.length() - 1);
			return new MethodSymbol(key, name, inside.isEmpty() ? List.of() : List.of(inside.split(",")), returns);
		}

		public int arity() {
			return parameters.size();
		}

		boolean accepts(int arguments) {
			if (parameters.size() == arguments) {
				return true;
			}
			var varargs = !parameters.isEmpty() && parameters.get(parameters.size() - 1).endsWith("[]");
			return varargs && arguments >= parameters.size() - 1;
		}
	}

	private final Map<String, TypeSymbol> types = new HashMap<>();
	private final Map<String, List<TypeSymbol>> bySimpleName = new HashMap<>();
	private volatile @Nullable Map<String, List<MethodSymbol>> byNameAndArity;

	public void add(TypeSymbol type) {
		remove(type.key);
		types.put(type.key, type);
		bySimpleName.computeIfAbsent(type.name, name -> new ArrayList<>()).add(type);
		byNameAndArity = null;
	}

	public void remove(String key) {
		var old = types.remove(key);
		if (old != null) {
			bySimpleName.getOrDefault(old.name, new ArrayList<>()).remove(old);
			byNameAndArity = null;
		}
	}

	public @Nullable TypeSymbol type(String key) {
		return types.get(key);
	}

	public boolean has(String key) {
		return types.containsKey(key);
	}

	public List<TypeSymbol> named(String simpleName) {
		return bySimpleName.getOrDefault(simpleName, List.of());
	}

	public int size() {
		return types.size();
	}

	/** A type and its supertypes, nearest first, each once. */
	public List<TypeSymbol> hierarchy(String key) {
		var result = new ArrayList<TypeSymbol>();
		var seen = new HashSet<String>();
		var queue = new ArrayDeque<String>();
		queue.add(key);
		while (!queue.isEmpty()) {
			var next = types.get(queue.poll());
			if (next != null && seen.add(next.key)) {
				result.add(next);
				queue.addAll(next.supers);
			}
		}
		return result;
	}

	/**
	 * The methods a call of {@code name} with {@code arguments} arguments on {@code type} can mean: those of the
	 * nearest type in its hierarchy that declares one that fits (overloads of the same count all count).
	 */
	public List<MethodSymbol> methods(String type, String name, int arguments) {
		for (var symbol : hierarchy(type)) {
			var fitting = symbol.methods(name).stream().filter(method -> method.arity() == arguments).toList();
			if (fitting.isEmpty()) {
				fitting = symbol.methods(name).stream().filter(method -> method.accepts(arguments)).toList();
			}
			if (!fitting.isEmpty()) {
				return fitting;
			}
		}
		return List.of();
	}

	/** The method with exactly these parameter types, declared in a supertype of {@code type} (not in it). */
	public @Nullable MethodSymbol overridden(String type, String name, List<String> parameters) {
		var hierarchy = hierarchy(type);
		for (var symbol : hierarchy.subList(Math.min(1, hierarchy.size()), hierarchy.size())) {
			for (var method : symbol.methods(name)) {
				if (method.parameters().equals(parameters)) {
					return method;
				}
			}
		}
		return null;
	}

	/** A field's type key, looked up through the hierarchy; null when unknown. */
	public @Nullable String fieldType(String type, String name) {
		for (var symbol : hierarchy(type)) {
			if (symbol.fields.containsKey(name)) {
				return symbol.fields.get(name);
			}
		}
		return null;
	}

	public boolean hasField(String type, String name) {
		return hierarchy(type).stream().anyMatch(symbol -> symbol.fields.containsKey(name));
	}

	/** A member type of {@code type} or of its supertypes. */
	public @Nullable String memberType(String type, String name) {
		for (var symbol : hierarchy(type)) {
			var nested = symbol.key + "." + name;
			if (types.containsKey(nested)) {
				return nested;
			}
		}
		return null;
	}

	/** The only method of the whole index with this name and argument count, if there is just one. */
	public @Nullable MethodSymbol unique(String name, int arguments) {
		var index = byNameAndArity;
		if (index == null) {
			index = new HashMap<>();
			for (var type : types.values()) {
				for (var overloads : type.methods.values()) {
					for (var method : overloads) {
						index.computeIfAbsent(method.name() + "/" + method.arity(), k -> new ArrayList<>()).add(method);
					}
				}
			}
			byNameAndArity = index;
		}
		var found = index.getOrDefault(name + "/" + arguments, List.of());
		return found.size() == 1 ? found.get(0) : null;
	}

	/** Keys of all types, for tests and checks. */
	public Set<String> keys() {
		return types.keySet();
	}
}
