package dev.piassistant.tools.jdt.internal.refactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.manipulation.OrganizeImportsOperation;
import org.eclipse.jdt.core.search.TypeNameMatch;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;

/**
 * Organize imports as JDT does it: unused imports removed, missing ones added, sorted by the project's settings. A
 * simple name that several types could mean is imported only when the model chose one of them.
 */
final class Imports {

	private Imports() {
	}

	static Proposal organize(ICompilationUnit unit, String path, Set<String> chosen, IProgressMonitor monitor)
			throws CoreException, UnreviewableException {
		CodeStyle.ensure();
		var parser = ASTParser.newParser(AST.getJLSLatest());
		parser.setSource(unit);
		parser.setResolveBindings(true);
		var ast = (CompilationUnit) parser.createAST(monitor);
		var undecided = new ArrayList<String>();
		var operation = new OrganizeImportsOperation(unit, ast, true, false, true, (choices, ranges) -> {
			var picked = new ArrayList<TypeNameMatch>();
			for (var options : choices) {
				var pick = List.of(options).stream().filter(option -> chosen.contains(option.getFullyQualifiedName())).findFirst();
				pick.ifPresentOrElse(picked::add, () -> undecided.add(options[0].getSimpleTypeName() + " could be any of "
						+ String.join(", ", List.of(options).stream().map(TypeNameMatch::getFullyQualifiedName).toList())));
			}
			return picked.toArray(TypeNameMatch[]::new);
		});
		var edit = operation.createTextEdit(monitor);
		var before = unit.getSource();
		var document = new Document(before);
		try {
			if (edit != null) {
				edit.apply(document);
			}
		} catch (BadLocationException e) {
			throw new UnreviewableException("JDT's import edit does not fit " + path + " (" + e.getMessage() + ")");
		}
		var notes = new ArrayList<String>();
		if (!undecided.isEmpty()) {
			notes.add("Not imported, because the name is ambiguous: " + String.join("; ", undecided)
					+ ". Call again with the one you mean in choose.");
		}
		var hunks = LineDiff.hunks(before, document.get());
		var files = hunks.isEmpty() ? List.<FileChange>of() : List.of(new FileChange(ChangeKind.MODIFY, path, null, before, hunks));
		return new Proposal("Organize the imports of " + path, files, notes);
	}
}
