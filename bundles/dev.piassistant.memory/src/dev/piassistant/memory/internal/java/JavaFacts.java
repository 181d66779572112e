package dev.piassistant.memory.internal.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What one Java file declares and refers to, as written: names are resolved later against every file's
 * declarations (see {@link Resolver}), so a file can be read on its own, in any order, on any thread.
 */
public final class JavaFacts {

	/** An import: {@code name} is the qualified name; on demand imports end in no '*'. */
	public record Import(String name, boolean isStatic, boolean onDemand) {
	}

	/** A call: a method by name and argument count on a receiver, or a constructor ({@code name} null). */
	public record Call(@Nullable String name, int arity, Receiver on, int line, @Nullable String constructed) {
	}

	public static final class Type {
		public final String key;
		public final String name;
		public final String kind;
		public final @Nullable Type enclosing;
		public final List<String> extended = new ArrayList<>();
		public final List<String> implemented = new ArrayList<>();
		public final List<String> typeParameters = new ArrayList<>();
		/** A record's components' types, simple, in order. */
		public final List<String> components = new ArrayList<>();
		public final List<Method> methods = new ArrayList<>();
		public final List<Field> fields = new ArrayList<>();
		/** Calls made outside methods: field initializers, initializer blocks. */
		public final List<Call> calls = new ArrayList<>();
		/** Types referred to in the body outside nested types, with how often. */
		public final Map<String, Integer> references = new LinkedHashMap<>();
		public int startLine;
		public int codeLine;
		public int endLine;
		public String javadoc = "";
		public String header = "";

		Type(String key, String name, String kind, @Nullable Type enclosing) {
			this.key = key;
			this.name = name;
			this.kind = kind;
			this.enclosing = enclosing;
		}

		public boolean isTest() {
			return methods.stream().anyMatch(method -> method.test);
		}
	}

	public static final class Method {
		public final String name;
		public final boolean constructor;
		public final List<String> parameterTypes = new ArrayList<>();
		public final List<String> typeParameters = new ArrayList<>();
		/** Parameters and local variables by name, with what gives their type. */
		public final Map<String, Receiver> locals = new HashMap<>();
		public final List<Call> calls = new ArrayList<>();
		public @Nullable String returnType;
		public boolean test;
		public boolean isStatic;
		public int startLine;
		public int codeLine;
		public int endLine;
		public String javadoc = "";
		public String code = "";
		public String signature = "";

		Method(String name, boolean constructor) {
			this.name = name;
			this.constructor = constructor;
		}

		/** The key's parameter part: simple type names as written, arrays kept ({@code (String,int[])}). */
		public String parameters() {
			return "(" + String.join(",", parameterTypes) + ")";
		}
	}

	public static final class Field {
		public final String name;
		public final String type;
		public final int line;
		public final int endLine;

		Field(String name, String type, int line, int endLine) {
			this.name = name;
			this.type = type;
			this.line = line;
			this.endLine = endLine;
		}
	}

	public final String packageName;
	public final List<Import> imports = new ArrayList<>();
	/** Every type, nested ones after their enclosing type. */
	public final List<Type> types = new ArrayList<>();
	public final int lines;

	JavaFacts(String packageName, int lines) {
		this.packageName = packageName;
		this.lines = lines;
	}
}
