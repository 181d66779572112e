package dev.piassistant.memory.internal.java;

import java.util.List;

import dev.piassistant.memory.internal.graph.FileContent;

/**
 * Turns what Java files declare and refer to into the graph: first every file of a run is declared (types, then
 * their supertypes, then their members' types), so that files refer to each other whatever order they were read
 * in; then each file's relations are resolved against all of it.
 */
public final class Resolver {

	/** A file read, waiting to be resolved. */
	public record Parsed(String root, String path, JavaFacts facts) {
	}

	private final Symbols symbols;
	private final boolean javadocInChunks;

	/** @param javadocInChunks whether a method's chunk keeps its Javadoc (left out to measure retrieval by it) */
	public Resolver(Symbols symbols, boolean javadocInChunks) {
		this.symbols = symbols;
		this.javadocInChunks = javadocInChunks;
	}

	public void declare(List<Parsed> files) {
		for (var file : files) {
			for (var type : file.facts().types) {
				symbols.add(new Symbols.TypeSymbol(type.key, file.facts().packageName));
			}
		}
		for (var file : files) {
			var names = new Names(symbols, file.facts());
			for (var type : file.facts().types) {
				var symbol = symbols.type(type.key);
				if (symbol == null) {
					continue;
				}
				for (var written : type.extended) {
					addSuper(symbol, names.type(written, type.enclosing == null ? type : type.enclosing, null));
				}
				for (var written : type.implemented) {
					addSuper(symbol, names.type(written, type.enclosing == null ? type : type.enclosing, null));
				}
			}
		}
		for (var file : files) {
			var names = new Names(symbols, file.facts());
			file.facts().types.forEach(type -> declareMembers(type, names));
		}
	}

	private static void addSuper(Symbols.TypeSymbol symbol, String key) {
		if (key != null && !key.equals(symbol.key) && !symbol.supers.contains(key)) {
			symbol.supers.add(key);
		}
	}

	private void declareMembers(JavaFacts.Type type, Names names) {
		var symbol = symbols.type(type.key);
		if (symbol == null) {
			return;
		}
		for (var method : type.methods) {
			var returns = method.returnType == null ? null : names.type(method.returnType, type, method);
			symbol.method(new Symbols.MethodSymbol(methodKey(type, method), method.name, List.copyOf(method.parameterTypes), returns));
		}
		for (var field : type.fields) {
			symbol.field(field.name, names.type(field.type, type, null));
		}
	}

	static String methodKey(JavaFacts.Type type, JavaFacts.Method method) {
		return type.key + "#" + method.name + method.parameters();
	}

	/** The file's entities, relations and chunks, its names resolved. */
	public FileContent content(Parsed file) {
		return new JavaGraph(file, new Names(symbols, file.facts()), javadocInChunks).build();
	}

	public Symbols symbols() {
		return symbols;
	}
}
