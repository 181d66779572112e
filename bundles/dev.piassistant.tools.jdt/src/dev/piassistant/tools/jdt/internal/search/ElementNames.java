package dev.piassistant.tools.jdt.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.core.IField;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.Signature;
import org.eclipse.jdt.core.search.IJavaSearchConstants;
import org.eclipse.jdt.core.search.SearchEngine;
import org.eclipse.jdt.core.search.SearchPattern;
import org.eclipse.jdt.core.search.TypeNameMatch;
import org.eclipse.jdt.core.search.TypeNameMatchRequestor;

/**
 * Finds the Java element a model names, the way it would name it: {@code com.acme.Shop} (or just {@code Shop} when
 * only one type has that name), {@code com.acme.Shop#total} for a method or field, {@code com.acme.Shop#total(int,
 * String)} to pick one overload (simple or qualified parameter types). Unknown and ambiguous names fail with the
 * candidates, so the next call can name one exactly.
 */
public final class ElementNames {

	private static final int CANDIDATES_SHOWN = 15;

	private ElementNames() {
	}

	/** The type, method or field named. */
	public static IJavaElement resolve(String name) throws UnknownElementException, CoreException {
		var text = name.strip();
		var hash = text.indexOf('#');
		if (hash < 0) {
			return type(text);
		}
		return member(type(text.substring(0, hash).strip()), text.substring(hash + 1).strip());
	}

	/** The type named: fully qualified, or simple when that is unique among the workspace's types. */
	public static IType type(String name) throws UnknownElementException, CoreException {
		if (name.isEmpty()) {
			throw new UnknownElementException("No element named: give a type such as com.acme.Shop, or a member such as "
					+ "com.acme.Shop#total(int).");
		}
		var found = new LinkedHashMap<String, IType>();
		if (name.contains(".")) {
			for (var project : JavaCore.create(ResourcesPlugin.getWorkspace().getRoot()).getJavaProjects()) {
				var type = project.findType(name, new NullProgressMonitor());
				if (type != null && type.exists()) {
					found.putIfAbsent(type.getHandleIdentifier(), type);
				}
			}
		}
		if (found.isEmpty()) {
			var simple = name.substring(name.lastIndexOf('.') + 1);
			for (var type : typesNamed(simple, SearchPattern.R_EXACT_MATCH | SearchPattern.R_CASE_SENSITIVE)) {
				if (!name.contains(".") || type.getFullyQualifiedName('.').endsWith("." + name)) {
					found.putIfAbsent(type.getHandleIdentifier(), type);
				}
			}
		}
		if (found.size() == 1) {
			return found.values().iterator().next();
		}
		if (found.isEmpty()) {
			var simple = name.substring(name.lastIndexOf('.') + 1);
			// Names sharing the first letters catch the usual slips (Price for Pricing, Shops for Shop).
			var stem = simple.substring(0, Math.min(4, simple.length()));
			var similar = typesNamed("*" + stem + "*", SearchPattern.R_PATTERN_MATCH).stream()
					.map(type -> type.getFullyQualifiedName('.')).distinct().limit(CANDIDATES_SHOWN).toList();
			throw new UnknownElementException("There is no type " + name + " in the workspace's Java projects."
					+ (similar.isEmpty() ? " Check the name with the search tool." : " Types with a similar name: "
							+ String.join(", ", similar) + "."));
		}
		var candidates = found.values().stream().map(type -> type.getFullyQualifiedName('.') + " (project "
				+ type.getJavaProject().getElementName() + ")").distinct().limit(CANDIDATES_SHOWN).toList();
		throw new UnknownElementException(found.size() + " types are named " + name + "; name one fully qualified"
				+ (name.contains(".") ? " (the same name in several projects cannot be told apart: close the others)" : "")
				+ ": " + String.join(", ", candidates) + ".");
	}

	/** A method or field of the type (or of one of its supertypes). */
	static IJavaElement member(IType type, String member) throws UnknownElementException, CoreException {
		var paren = member.indexOf('(');
		var name = (paren < 0 ? member : member.substring(0, paren)).strip();
		var parameters = paren < 0 ? null : Parameters.parse(member.substring(paren));
		var owners = new ArrayList<IType>(List.of(type));
		owners.addAll(List.of(type.newSupertypeHierarchy(new NullProgressMonitor()).getAllSupertypes(type)));
		for (var owner : owners) {
			var methods = new ArrayList<IMethod>();
			for (var method : owner.getMethods()) {
				var methodName = method.isConstructor() ? owner.getElementName() : method.getElementName();
				if (methodName.equals(name) && (parameters == null || Parameters.matches(method, parameters))) {
					methods.add(method);
				}
			}
			if (methods.size() == 1) {
				return methods.get(0);
			}
			if (methods.size() > 1) {
				throw new UnknownElementException(methods.size() + " methods " + name + " in " + describe(owner)
						+ "; pick one by its parameter types: " + String.join(", ", methods.stream().map(ElementNames::describe)
								.limit(CANDIDATES_SHOWN).toList()) + ".");
			}
			IField field = owner.getField(name);
			if (parameters == null && field.exists()) {
				return field;
			}
		}
		throw new UnknownElementException(describe(type) + " has no " + (parameters == null ? "method or field " : "method ")
				+ member + ". " + membersOf(type));
	}

	/** How a model names an element: {@code pkg.Type}, {@code pkg.Type#method(int, String)}, {@code pkg.Type#field}. */
	public static String describe(IJavaElement element) {
		if (element instanceof IType type) {
			return type.getFullyQualifiedName('.');
		}
		if (element instanceof IMethod method) {
			var types = new ArrayList<String>();
			for (var parameter : method.getParameterTypes()) {
				types.add(Signature.getSignatureSimpleName(Signature.getTypeErasure(parameter)));
			}
			return describe(method.getDeclaringType()) + "#" + method.getElementName() + "(" + String.join(", ", types) + ")";
		}
		if (element instanceof IField field) {
			return describe(field.getDeclaringType()) + "#" + field.getElementName();
		}
		var parent = element.getAncestor(IJavaElement.TYPE);
		return parent == null ? element.getElementName() : describe(parent) + " (" + element.getElementName() + ")";
	}

	private static String membersOf(IType type) throws CoreException {
		var names = new ArrayList<String>();
		for (var method : type.getMethods()) {
			names.add(describe(method).substring(describe(type).length()));
		}
		for (var field : type.getFields()) {
			names.add("#" + field.getElementName());
		}
		if (names.isEmpty()) {
			return "It declares no members.";
		}
		return "Its members: " + String.join(", ", names.stream().limit(3L * CANDIDATES_SHOWN).toList())
				+ (names.size() > 3 * CANDIDATES_SHOWN ? String.format(Locale.ROOT, " and %d more.", names.size() - 3 * CANDIDATES_SHOWN) : ".");
	}

	private static List<IType> typesNamed(String pattern, int rule) throws CoreException {
		var types = new ArrayList<IType>();
		new SearchEngine().searchAllTypeNames(null, SearchPattern.R_EXACT_MATCH, pattern.toCharArray(), rule,
				IJavaSearchConstants.TYPE, SearchEngine.createWorkspaceScope(), new TypeNameMatchRequestor() {
					@Override
					public void acceptTypeNameMatch(TypeNameMatch match) {
						if (types.size() < 1_000) {
							types.add(match.getType());
						}
					}
				}, IJavaSearchConstants.WAIT_UNTIL_READY_TO_SEARCH, new NullProgressMonitor());
		// Source types first: those are the ones a model means and can change.
		types.sort((a, b) -> Boolean.compare(a.isBinary(), b.isBinary()));
		return types;
	}
}
