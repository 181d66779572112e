package dev.piassistant.tools.jdt.internal.search;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IMember;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.ITypeHierarchy;

/**
 * The answers of the Java search tools as compact text: one line per place, {@code path:line: text}, with the member
 * it is in; hierarchies indented.
 */
public final class SearchAnswers {

	private final Places places;
	private final IProgressMonitor monitor;

	public SearchAnswers(Path workspace, IProgressMonitor monitor) {
		this.places = new Places(workspace);
		this.monitor = monitor;
	}

	public String references(String name, int max) throws CoreException, UnknownElementException {
		var element = ElementNames.resolve(name);
		var matches = JavaSearch.references(element, max, monitor);
		var text = new StringBuilder();
		text.append(count(matches.size(), max, "reference")).append(" to ").append(ElementNames.describe(element)).append(":\n");
		for (var match : matches.subList(0, Math.min(max, matches.size()))) {
			text.append(line(match)).append('\n');
		}
		return text.toString().stripTrailing();
	}

	/** The implementors of an interface or the subclasses of a class; or the methods that override a method. */
	public String implementors(String name, int max) throws CoreException, UnknownElementException {
		var element = ElementNames.resolve(name);
		var text = new StringBuilder();
		if (element instanceof IType type) {
			var hierarchy = type.newTypeHierarchy(monitor);
			var subtypes = List.of(hierarchy.getAllSubtypes(type));
			text.append(count(subtypes.size(), max, type.isInterface() ? "implementor" : "subclass")).append(" of ")
					.append(ElementNames.describe(type)).append(":\n");
			for (var subtype : subtypes.subList(0, Math.min(max, subtypes.size()))) {
				text.append(places.declaration(subtype)).append(": ").append(kind(subtype)).append(' ')
						.append(ElementNames.describe(subtype)).append('\n');
			}
		} else if (element instanceof IMethod method) {
			var hierarchy = method.getDeclaringType().newTypeHierarchy(monitor);
			var overriders = new java.util.ArrayList<IMethod>();
			for (var subtype : hierarchy.getAllSubtypes(method.getDeclaringType())) {
				var same = subtype.findMethods(method);
				if (same != null) {
					overriders.addAll(List.of(same));
				}
			}
			text.append(count(overriders.size(), max, "method")).append(" implementing or overriding ")
					.append(ElementNames.describe(method)).append(":\n");
			for (var overrider : overriders.subList(0, Math.min(max, overriders.size()))) {
				text.append(places.declaration(overrider)).append(": ").append(ElementNames.describe(overrider)).append('\n');
			}
		} else {
			throw new UnknownElementException(ElementNames.describe(element) + " is a field: implementors are found for "
					+ "interfaces, classes and methods. Use java_references for a field.");
		}
		return text.toString().stripTrailing();
	}

	/** Who calls the method, and who calls those, to {@code depth} levels: the call hierarchy. */
	public String callers(String name, int depth, int max) throws CoreException, UnknownElementException {
		var element = ElementNames.resolve(name);
		if (!(element instanceof IMethod method)) {
			throw new UnknownElementException(ElementNames.describe(element) + " is not a method: name one as Type#method "
					+ "(or use java_references).");
		}
		var text = new StringBuilder("Callers of ").append(ElementNames.describe(method)).append(":\n");
		var shown = new int[] { 0 };
		callers(method, 1, depth, max, shown, new HashSet<>(Set.of(method)), text);
		if (shown[0] == 0) {
			text.append("(none in the workspace's Java projects)\n");
		}
		return text.toString().stripTrailing();
	}

	private void callers(IMethod method, int level, int depth, int max, int[] shown, Set<IMember> seen, StringBuilder text)
			throws CoreException {
		var indent = "  ".repeat(level - 1);
		for (var entry : JavaSearch.callers(method, max, monitor).entrySet()) {
			if (shown[0]++ >= max) {
				text.append(indent).append("... more callers left out (raise maxResults)\n");
				return;
			}
			var caller = entry.getKey();
			var first = entry.getValue().get(0);
			text.append(indent).append(ElementNames.describe(caller)).append(" at ").append(places.at(first.enclosing(), first.offset()));
			if (entry.getValue().size() > 1) {
				text.append(String.format(Locale.ROOT, " (%d calls)", entry.getValue().size()));
			}
			text.append(": ").append(places.lineText(first.enclosing(), first.offset())).append('\n');
			if (level < depth && caller instanceof IMethod callerMethod) {
				if (seen.add(caller)) {
					callers(callerMethod, level + 1, depth, max, shown, seen, text);
				} else {
					text.append(indent).append("  (recursive: shown above)\n");
				}
			}
		}
	}

	/** Supertypes up to Object, interfaces, and every subtype, with where each is declared. */
	public String typeHierarchy(String name, int max) throws CoreException, UnknownElementException {
		var element = ElementNames.resolve(name);
		if (!(element instanceof IType type)) {
			throw new UnknownElementException(ElementNames.describe(element) + " is not a type: name a class or interface "
					+ "such as com.acme.Shop.");
		}
		var hierarchy = type.newTypeHierarchy(monitor);
		var text = new StringBuilder(kind(type)).append(' ').append(ElementNames.describe(type)).append(" at ")
				.append(places.declaration(type)).append('\n');
		var superclasses = hierarchy.getAllSuperclasses(type);
		if (superclasses.length > 0) {
			text.append("superclasses: ").append(names(List.of(superclasses))).append('\n');
		}
		var interfaces = hierarchy.getAllSuperInterfaces(type);
		if (interfaces.length > 0) {
			text.append("interfaces: ").append(names(List.of(interfaces))).append('\n');
		}
		text.append("subtypes:\n");
		var shown = new int[] { 0 };
		subtypes(hierarchy, type, 1, max, shown, text);
		if (shown[0] == 0) {
			text.append("  (none)\n");
		}
		return text.toString().stripTrailing();
	}

	private void subtypes(ITypeHierarchy hierarchy, IType type, int level, int max, int[] shown, StringBuilder text)
			throws CoreException {
		for (var subtype : hierarchy.getSubtypes(type)) {
			if (shown[0]++ >= max) {
				text.append("  ... more subtypes left out (raise maxResults)\n");
				return;
			}
			text.append("  ".repeat(level)).append(kind(subtype)).append(' ').append(ElementNames.describe(subtype)).append(" at ")
					.append(places.declaration(subtype)).append('\n');
			subtypes(hierarchy, subtype, level + 1, max, shown, text);
		}
	}

	private String line(JavaSearch.Match match) throws CoreException {
		return places.at(match.enclosing(), match.offset()) + ": " + (match.exact() ? "" : "(possible) ") + "in "
				+ ElementNames.describe(match.enclosing()) + ": " + places.lineText(match.enclosing(), match.offset());
	}

	private static String names(List<IType> types) {
		return String.join(", ", types.stream().map(ElementNames::describe).toList());
	}

	private static String kind(IType type) throws CoreException {
		if (type.isInterface()) {
			return "interface";
		}
		return type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
	}

	private static String count(int found, int max, String noun) {
		if (found > max) {
			return String.format(Locale.ROOT, "More than %d %ss (the first %d shown; raise maxResults for more)", max, noun, max);
		}
		return String.format(Locale.ROOT, "%d %s%s", found, noun, found == 1 ? "" : noun.endsWith("s") ? "es" : "s");
	}
}
