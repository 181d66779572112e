package dev.piassistant.memory.internal.java;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Finds what a call means: the type of what it is called on, from locals, fields, types and the results of other
 * calls, then the method of that type (or its supertypes) with that name and argument count. When the receiver's
 * type cannot be told, a method whose name and argument count are unique in the index is taken, unless the
 * receiver is declared with a type from outside the index.
 */
final class Calls {

	private static final int MAX_DEPTH = 8;

	private final Names names;
	private final Symbols symbols;
	private final JavaFacts.Type scope;
	private final JavaFacts.@Nullable Method method;

	Calls(Names names, JavaFacts.Type scope, JavaFacts.@Nullable Method method) {
		this.names = names;
		this.symbols = names.symbols();
		this.scope = scope;
		this.method = method;
	}

	/** The methods (or constructors) a call can mean; empty when it is not a call into the index. */
	List<Symbols.MethodSymbol> resolve(JavaFacts.Call call) {
		var name = call.name();
		if (name == null) {
			return constructors(call);
		}
		var on = call.on();
		if (on instanceof Receiver.Implicit) {
			return implicit(name, call.arity());
		}
		if (on instanceof Receiver.Super) {
			var parent = superclass();
			return parent == null ? List.of() : symbols.methods(parent, name, call.arity());
		}
		var type = typeOf(on, 0);
		if (type != null) {
			return symbols.methods(type, name, call.arity());
		}
		if (declaredOutside(on)) {
			return List.of();
		}
		var unique = symbols.unique(name, call.arity());
		return unique == null ? List.of() : List.of(unique);
	}

	/**
	 * Whether the receiver is a local or a field declared with a type the index does not know (a JDK or library
	 * type, such as {@code List<Item> items}): a call on it goes outside the index, and taking the index's only
	 * method of that name ({@code items.add(item)} as {@code Cart.add}) would invent a call.
	 */
	private boolean declaredOutside(Receiver on) {
		if (!(on instanceof Receiver.Named named) || named.name().contains(".")) {
			return false;
		}
		if (method != null && method.locals.containsKey(named.name())) {
			return method.locals.get(named.name()) instanceof Receiver.Typed;
		}
		for (JavaFacts.Type type = scope; type != null; type = type.enclosing) {
			if (symbols.hasField(type.key, named.name())) {
				return true;
			}
		}
		return false;
	}

	/** The type a receiver names, when it is a type and not a value ({@code Type.staticCall()}). */
	@Nullable
	String staticType(Receiver on) {
		if (on instanceof Receiver.Named named && !named.name().contains(".") && value(named.name()) == null) {
			return names.type(named.name(), scope, method);
		}
		return null;
	}

	private List<Symbols.MethodSymbol> constructors(JavaFacts.Call call) {
		String type;
		if (call.constructed() != null) {
			type = names.type(call.constructed(), scope, method);
		} else {
			type = call.on() instanceof Receiver.Super ? superclass() : scope.key;
		}
		if (type == null) {
			return List.of();
		}
		var symbol = symbols.type(type);
		if (symbol == null) {
			return List.of();
		}
		return symbol.methods(symbol.name).stream().filter(constructor -> constructor.accepts(call.arity())).toList();
	}

	private List<Symbols.MethodSymbol> implicit(String name, int arity) {
		for (JavaFacts.Type type = scope; type != null; type = type.enclosing) {
			var found = symbols.methods(type.key, name, arity);
			if (!found.isEmpty()) {
				return found;
			}
		}
		for (var owner : names.staticOwners(name)) {
			var found = symbols.methods(owner, name, arity);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	private @Nullable String superclass() {
		var symbol = symbols.type(scope.key);
		return symbol == null || symbol.supers.isEmpty() ? null : symbol.supers.get(0);
	}

	/** The key of the type of what a receiver gives, or null. */
	@Nullable
	String typeOf(Receiver on, int depth) {
		if (depth > MAX_DEPTH) {
			return null;
		}
		if (on instanceof Receiver.This) {
			return scope.key;
		}
		if (on instanceof Receiver.Super) {
			return superclass();
		}
		if (on instanceof Receiver.Typed typed) {
			return WrittenTypes.isArray(typed.type()) ? null : names.type(typed.type(), scope, method);
		}
		if (on instanceof Receiver.Named named) {
			return named(named.name(), depth);
		}
		if (on instanceof Receiver.Call call) {
			var found = call.on() instanceof Receiver.Implicit ? implicit(call.name(), call.arity())
					: methodsOn(call.on(), call.name(), call.arity(), depth);
			return found.isEmpty() ? null : found.get(0).returns();
		}
		if (on instanceof Receiver.FieldOf field) {
			var owner = typeOf(field.on(), depth + 1);
			return owner == null ? null : symbols.fieldType(owner, field.name());
		}
		if (on instanceof Receiver.Element element && element.array() instanceof Receiver.Named named) {
			var local = method == null ? null : method.locals.get(named.name());
			if (local instanceof Receiver.Typed typed && WrittenTypes.isArray(typed.type())) {
				return names.type(WrittenTypes.element(typed.type()), scope, method);
			}
		}
		return null;
	}

	private List<Symbols.MethodSymbol> methodsOn(Receiver on, String name, int arity, int depth) {
		var type = typeOf(on, depth + 1);
		return type == null ? List.of() : symbols.methods(type, name, arity);
	}

	/** {@code a.b.c}: a local, a field of the enclosing types, or a type; then fields (or member types) of it. */
	private @Nullable String named(String dotted, int depth) {
		var parts = dotted.split("\\.");
		var type = value(parts[0]) != null ? valueType(parts[0], depth) : null;
		int next = 1;
		if (type == null && value(parts[0]) == null) {
			type = names.type(parts[0], scope, method);
		}
		for (; type != null && next < parts.length; next++) {
			var member = parts[next];
			type = symbols.hasField(type, member) ? symbols.fieldType(type, member) : symbols.memberType(type, member);
		}
		if (type == null && parts.length > 1) {
			return names.type(dotted, scope, method);
		}
		return type;
	}

	/** What a simple name is as a value: a local or a field; null when it is neither (then it may be a type). */
	private @Nullable Object value(String name) {
		if (method != null && method.locals.containsKey(name)) {
			return method.locals.get(name);
		}
		for (JavaFacts.Type type = scope; type != null; type = type.enclosing) {
			if (symbols.hasField(type.key, name)) {
				return type;
			}
		}
		return null;
	}

	private @Nullable String valueType(String name, int depth) {
		if (method != null && method.locals.containsKey(name)) {
			return typeOf(method.locals.get(name), depth + 1);
		}
		for (JavaFacts.Type type = scope; type != null; type = type.enclosing) {
			if (symbols.hasField(type.key, name)) {
				return symbols.fieldType(type.key, name);
			}
		}
		return null;
	}
}
