package dev.piassistant.tools.jdt.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.Signature;

/** Parameter types as a model writes them, {@code (int, java.util.List<String>, String...)}, compared by erasure. */
final class Parameters {

	private Parameters() {
	}

	/** The simple erased names of the types between the parentheses. */
	static List<String> parse(String text) {
		var inside = text.strip();
		inside = inside.substring(1, inside.endsWith(")") ? inside.length() - 1 : inside.length());
		var types = new ArrayList<String>();
		var current = new StringBuilder();
		int depth = 0;
		for (var c : inside.toCharArray()) {
			if (c == '<') {
				depth++;
			} else if (c == '>') {
				depth--;
			} else if (c == ',' && depth == 0) {
				types.add(simple(current.toString()));
				current.setLength(0);
			} else if (depth == 0) {
				current.append(c);
			}
		}
		if (!current.toString().isBlank() || !types.isEmpty()) {
			types.add(simple(current.toString()));
		}
		return types;
	}

	static boolean matches(IMethod method, List<String> types) {
		var parameters = method.getParameterTypes();
		if (parameters.length != types.size()) {
			return false;
		}
		for (int i = 0; i < parameters.length; i++) {
			if (!simple(Signature.toString(Signature.getTypeErasure(parameters[i]))).equals(types.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** {@code final java.util.Map<K, V>} and {@code String...} as {@code Map} and {@code String[]}. */
	private static String simple(String type) {
		var text = type.strip().replace("...", "[]").replaceAll("\\s+", " ");
		text = text.replaceAll("^(final |@\\S+ )+", "").replace(" ", "");
		var bracket = text.indexOf('[');
		var base = bracket < 0 ? text : text.substring(0, bracket);
		var dims = bracket < 0 ? "" : text.substring(bracket);
		return base.substring(base.lastIndexOf('.') + 1) + dims;
	}
}
