package dev.piassistant.tools.jdt.internal.refactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.AbstractTypeDeclaration;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.MethodDeclaration;

/**
 * What JDT Core does to a compilation unit's text when it renames or moves the file, which a refactoring's change
 * leaves to that operation and so does not carry as text: renaming the file renames its type of the same name and
 * that type's constructors; moving it to another package changes its package declaration.
 */
final class CuUpdates {

	/** A stretch of text to replace. */
	private record Replacement(int offset, int length, String text) {
	}

	private CuUpdates() {
	}

	/** The text with the type named {@code oldName} (and its constructors) named {@code newName}. */
	static String renameType(String source, String oldName, String newName) {
		var replacements = new ArrayList<Replacement>();
		for (var declared : parse(source).types()) {
			if (declared instanceof AbstractTypeDeclaration type && type.getName().getIdentifier().equals(oldName)) {
				replacements.add(new Replacement(type.getName().getStartPosition(), type.getName().getLength(), newName));
				for (var member : type.bodyDeclarations()) {
					if (member instanceof MethodDeclaration method && method.isConstructor()
							&& method.getName().getIdentifier().equals(oldName)) {
						replacements.add(new Replacement(method.getName().getStartPosition(), method.getName().getLength(), newName));
					}
				}
			}
		}
		return apply(source, replacements);
	}

	/** The text with its package declaration naming {@code packageName} (none for the default package). */
	static String movePackage(String source, String packageName) {
		var declaration = parse(source).getPackage();
		if (declaration == null) {
			return packageName.isEmpty() ? source : "package " + packageName + ";\n\n" + source;
		}
		if (packageName.isEmpty()) {
			var end = declaration.getStartPosition() + declaration.getLength();
			while (end < source.length() && (source.charAt(end) == '\n' || source.charAt(end) == '\r')) {
				end++;
			}
			return apply(source, List.of(new Replacement(declaration.getStartPosition(), end - declaration.getStartPosition(), "")));
		}
		var name = declaration.getName();
		return apply(source, List.of(new Replacement(name.getStartPosition(), name.getLength(), packageName)));
	}

	private static CompilationUnit parse(String source) {
		var parser = ASTParser.newParser(AST.getJLSLatest());
		var options = JavaCore.getOptions();
		JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
		parser.setCompilerOptions(options);
		parser.setKind(ASTParser.K_COMPILATION_UNIT);
		parser.setSource(source.toCharArray());
		return (CompilationUnit) parser.createAST(null);
	}

	private static String apply(String source, List<Replacement> replacements) {
		var text = new StringBuilder(source);
		var ordered = new ArrayList<>(replacements);
		ordered.sort(Comparator.comparingInt(Replacement::offset).reversed());
		for (var replacement : ordered) {
			text.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return text.toString();
	}
}
