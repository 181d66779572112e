package dev.piassistant.memory.internal.java;

/**
 * What a method is called on, as written: resolved to a type later, once every file's declarations are known.
 */
public sealed interface Receiver {

	/** No receiver: a method of the enclosing types, or a static import. */
	record Implicit() implements Receiver {
	}

	record This() implements Receiver {
	}

	record Super() implements Receiver {
	}

	/** A variable, a field or a type, possibly qualified ({@code a.b.c}). */
	record Named(String name) implements Receiver {
	}

	/** An expression whose type is written: {@code new T()}, a cast, a literal. */
	record Typed(String type) implements Receiver {
	}

	/** The result of a call. */
	record Call(Receiver on, String name, int arity) implements Receiver {
	}

	/** A field of something ({@code x.f}). */
	record FieldOf(Receiver on, String name) implements Receiver {
	}

	/** An element of an array. */
	record Element(Receiver array) implements Receiver {
	}

	record Unknown() implements Receiver {
	}

	Receiver IMPLICIT = new Implicit();
	Receiver THIS = new This();
	Receiver SUPER = new Super();
	Receiver UNKNOWN = new Unknown();
}
