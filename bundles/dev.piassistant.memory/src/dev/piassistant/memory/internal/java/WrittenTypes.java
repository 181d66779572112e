package dev.piassistant.memory.internal.java;

import org.eclipse.jdt.core.dom.ArrayType;
import org.eclipse.jdt.core.dom.IntersectionType;
import org.eclipse.jdt.core.dom.NameQualifiedType;
import org.eclipse.jdt.core.dom.ParameterizedType;
import org.eclipse.jdt.core.dom.PrimitiveType;
import org.eclipse.jdt.core.dom.QualifiedType;
import org.eclipse.jdt.core.dom.SimpleType;
import org.eclipse.jdt.core.dom.Type;
import org.eclipse.jdt.core.dom.UnionType;

/** Types as written in the source, without type arguments: {@code Map.Entry}, {@code String[]}, {@code int}. */
final class WrittenTypes {

	private WrittenTypes() {
	}

	static String of(Type type) {
		return of(type, 0);
	}

	/** With {@code extraDimensions} more array dimensions ({@code String s[]}, varargs). */
	static String of(Type type, int extraDimensions) {
		return name(type) + "[]".repeat(Math.max(0, extraDimensions));
	}

	private static String name(Type type) {
		if (type instanceof SimpleType simple) {
			return simple.getName().getFullyQualifiedName();
		}
		if (type instanceof ParameterizedType parameterized) {
			return name(parameterized.getType());
		}
		if (type instanceof ArrayType array) {
			return name(array.getElementType()) + "[]".repeat(array.getDimensions());
		}
		if (type instanceof QualifiedType qualified) {
			return name(qualified.getQualifier()) + "." + qualified.getName().getIdentifier();
		}
		if (type instanceof NameQualifiedType nameQualified) {
			return nameQualified.getQualifier().getFullyQualifiedName() + "." + nameQualified.getName().getIdentifier();
		}
		if (type instanceof PrimitiveType primitive) {
			return primitive.getPrimitiveTypeCode().toString();
		}
		if (type instanceof UnionType union && !union.types().isEmpty()) {
			return name((Type) union.types().get(0));
		}
		if (type instanceof IntersectionType intersection && !intersection.types().isEmpty()) {
			return name((Type) intersection.types().get(0));
		}
		return "Object";
	}

	/** The last segment with array dimensions, as a method key lists parameters: {@code Map.Entry[]} is {@code Entry[]}. */
	static String simple(String written) {
		var dims = written.indexOf('[');
		var base = dims < 0 ? written : written.substring(0, dims);
		return base.substring(base.lastIndexOf('.') + 1) + (dims < 0 ? "" : written.substring(dims));
	}

	/** Without array dimensions. */
	static String element(String written) {
		var dims = written.indexOf('[');
		return dims < 0 ? written : written.substring(0, dims);
	}

	static boolean isArray(String written) {
		return written.endsWith("]");
	}

	static boolean isPrimitive(String written) {
		return switch (written) {
		case "int", "long", "short", "byte", "char", "boolean", "float", "double", "void" -> true;
		default -> false;
		};
	}
}
