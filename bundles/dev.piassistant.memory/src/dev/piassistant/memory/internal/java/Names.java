package dev.piassistant.memory.internal.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Resolves type names as the compiler would, within one file: type parameters, the enclosing types and their
 * member types, single-type imports, the file's package, on-demand imports. Only types the index knows resolve;
 * a JDK or library type gives null.
 */
final class Names {

	private final Symbols symbols;
	private final JavaFacts file;
	private final Map<String, String> imported = new HashMap<>();
	private final List<String> onDemand = new ArrayList<>();
	private final Map<String, List<String>> staticImports = new HashMap<>();
	private final List<String> staticOnDemand = new ArrayList<>();

	Names(Symbols symbols, JavaFacts file) {
		this.symbols = symbols;
		this.file = file;
		for (var each : file.imports) {
			if (each.isStatic()) {
				if (each.onDemand()) {
					staticOnDemand.add(each.name());
				} else {
					var dot = each.name().lastIndexOf('.');
					staticImports.computeIfAbsent(each.name().substring(dot + 1), name -> new ArrayList<>())
							.add(each.name().substring(0, Math.max(0, dot)));
				}
			} else if (each.onDemand()) {
				onDemand.add(each.name());
			} else {
				imported.put(each.name().substring(each.name().lastIndexOf('.') + 1), each.name());
			}
		}
	}

	Symbols symbols() {
		return symbols;
	}

	/** A written type, seen from inside {@code scope} (and {@code method}, for its type parameters). */
	@Nullable
	String type(String written, JavaFacts.Type scope, JavaFacts.@Nullable Method method) {
		var name = WrittenTypes.element(written);
		if (WrittenTypes.isPrimitive(name)) {
			return null;
		}
		var dot = name.indexOf('.');
		if (dot < 0) {
			return simple(name, scope, method);
		}
		var first = simple(name.substring(0, dot), scope, method);
		if (first != null) {
			var nested = first + name.substring(dot);
			if (symbols.has(nested)) {
				return nested;
			}
		}
		return symbols.has(name) ? name : null;
	}

	private @Nullable String simple(String name, JavaFacts.Type scope, JavaFacts.@Nullable Method method) {
		if (method != null && method.typeParameters.contains(name)) {
			return null;
		}
		for (JavaFacts.Type type = scope; type != null; type = type.enclosing) {
			if (type.typeParameters.contains(name)) {
				return null;
			}
			if (type.name.equals(name)) {
				return type.key;
			}
			var member = symbols.memberType(type.key, name);
			if (member != null) {
				return member;
			}
		}
		var single = imported.get(name);
		if (single != null) {
			return symbols.has(single) ? single : null;
		}
		var local = file.packageName.isEmpty() ? name : file.packageName + "." + name;
		if (symbols.has(local)) {
			return local;
		}
		for (var prefix : onDemand) {
			var candidate = prefix + "." + name;
			if (symbols.has(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The types whose static member {@code name} is imported by name or on demand. */
	List<String> staticOwners(String name) {
		var owners = new ArrayList<String>();
		for (var owner : staticImports.getOrDefault(name, List.of())) {
			if (symbols.has(owner)) {
				owners.add(owner);
			}
		}
		for (var owner : staticOnDemand) {
			if (symbols.has(owner)) {
				owners.add(owner);
			}
		}
		return owners;
	}

	/** Single-type imports of types the index knows. */
	List<String> importedTypes() {
		return imported.values().stream().filter(symbols::has).toList();
	}
}
