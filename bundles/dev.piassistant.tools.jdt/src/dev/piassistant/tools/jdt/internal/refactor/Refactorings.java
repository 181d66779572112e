package dev.piassistant.tools.jdt.internal.refactor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.IField;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.IPackageFragmentRoot;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.refactoring.IJavaRefactorings;
import org.eclipse.jdt.core.refactoring.descriptors.JavaRefactoringDescriptor;
import org.eclipse.jdt.core.refactoring.descriptors.MoveDescriptor;
import org.eclipse.jdt.core.refactoring.descriptors.RenameJavaElementDescriptor;
import org.eclipse.jdt.core.dom.Modifier;
import org.eclipse.jdt.internal.corext.refactoring.code.ExtractMethodRefactoring;
import org.eclipse.jdt.internal.corext.refactoring.structure.ChangeSignatureProcessor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.participants.ProcessorBasedRefactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;

import dev.piassistant.tools.jdt.internal.search.ElementNames;
import dev.piassistant.tools.jdt.internal.search.Places;
import dev.piassistant.tools.jdt.internal.search.UnknownElementException;

/**
 * JDT's refactorings, run as far as their change and no further: the change is turned into file changes for the user
 * to review, never performed here. A refactoring whose checks find errors proposes nothing and says why.
 */
public final class Refactorings {

	private final Path workspace;
	private final IProgressMonitor monitor;

	public Refactorings(Path workspace, IProgressMonitor monitor) {
		this.workspace = workspace;
		this.monitor = monitor;
	}

	/** Renames a type, method or field and updates every reference (a virtual method with its overriders). */
	public Proposal rename(String name, String newName) throws CoreException, UnknownElementException, UnreviewableException {
		var element = ElementNames.resolve(name);
		if (element.isReadOnly()) {
			throw new UnreviewableException(ElementNames.describe(element) + " is in a library, not in the workspace's sources");
		}
		var id = element instanceof IType ? IJavaRefactorings.RENAME_TYPE
				: element instanceof IMethod ? IJavaRefactorings.RENAME_METHOD
						: element instanceof IField ? IJavaRefactorings.RENAME_FIELD : null;
		if (id == null) {
			throw new UnknownElementException(ElementNames.describe(element) + " cannot be renamed: name a type, method or field.");
		}
		var descriptor = (RenameJavaElementDescriptor) RefactoringCore.getRefactoringContribution(id).createDescriptor();
		descriptor.setProject(element.getJavaProject().getElementName());
		descriptor.setJavaElement(element);
		descriptor.setNewName(newName);
		descriptor.setUpdateReferences(true);
		if (element instanceof IType && element.getParent() instanceof ICompilationUnit) {
			descriptor.setUpdateQualifiedNames(false);
		}
		return propose(descriptor, "Rename " + ElementNames.describe(element) + " to " + newName);
	}

	/** Moves a top-level type (its whole file) to another package of its source folder, updating imports and references. */
	public Proposal moveType(String name, String packageName) throws CoreException, UnknownElementException, UnreviewableException {
		var type = ElementNames.type(name);
		var unit = type.getCompilationUnit();
		if (unit == null || type.getDeclaringType() != null) {
			throw new UnreviewableException(ElementNames.describe(type) + " is not a top-level type of a source file");
		}
		var root = (IPackageFragmentRoot) type.getAncestor(IJavaElement.PACKAGE_FRAGMENT_ROOT);
		var destination = root.getPackageFragment(packageName);
		if (!destination.exists()) {
			throw new UnreviewableException("there is no package " + packageName + " in " + root.getElementName()
					+ " of project " + root.getJavaProject().getElementName()
					+ "; create a file in it first (write_file), then move the type");
		}
		var descriptor = (MoveDescriptor) RefactoringCore.getRefactoringContribution(IJavaRefactorings.MOVE).createDescriptor();
		descriptor.setProject(type.getJavaProject().getElementName());
		descriptor.setMoveResources(new IFile[0], new IFolder[0], new ICompilationUnit[] { unit });
		descriptor.setDestination(destination);
		descriptor.setUpdateReferences(true);
		return propose(descriptor, "Move " + ElementNames.describe(type) + " to package " + packageName);
	}

	/** Extracts whole lines of a method body into a new private method, replacing them (and their duplicates) by a call. */
	public Proposal extractMethod(String path, int startLine, int endLine, String name) throws CoreException, UnreviewableException {
		var unit = unit(path);
		var source = unit.getSource();
		var document = new Document(source);
		if (startLine < 1 || endLine < startLine || endLine > document.getNumberOfLines()) {
			throw new UnreviewableException("lines " + startLine + "-" + endLine + " are not lines of " + path + " (1-"
					+ document.getNumberOfLines() + ")");
		}
		int start;
		int end;
		try {
			start = document.getLineOffset(startLine - 1);
			end = document.getLineOffset(endLine - 1) + document.getLineLength(endLine - 1);
		} catch (BadLocationException e) {
			throw new UnreviewableException(e.getMessage());
		}
		while (start < end && Character.isWhitespace(source.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
			end--;
		}
		var refactoring = new ExtractMethodRefactoring(unit, start, end - start);
		return propose(refactoring, "Extract lines " + startLine + "-" + endLine + " of " + path + " into " + name + "()", () -> {
			refactoring.setMethodName(name);
			refactoring.setVisibility(Modifier.PRIVATE);
			refactoring.setReplaceDuplicates(true);
		});
	}

	/** Changes a method's parameters (order, names, types; added with a default value for callers; removed) everywhere. */
	public Proposal changeSignature(String name, List<Signatures.Parameter> parameters)
			throws CoreException, UnknownElementException, UnreviewableException {
		var element = ElementNames.resolve(name);
		if (!(element instanceof IMethod method) || method.isReadOnly()) {
			throw new UnknownElementException(ElementNames.describe(element) + " is not a method of the workspace's sources.");
		}
		var processor = new ChangeSignatureProcessor(method);
		Signatures.apply(processor.getParameterInfos(), parameters);
		return propose(new ProcessorBasedRefactoring(processor), "Change the parameters of " + ElementNames.describe(method)
				+ " to (" + Signatures.text(parameters) + ")", () -> {
				});
	}

	private ICompilationUnit unit(String path) throws UnreviewableException {
		var location = workspace.resolve(path).normalize();
		var files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toUri());
		var unit = files.length == 0 ? null : JavaCore.createCompilationUnitFrom(files[0]);
		if (unit == null || !unit.exists()) {
			throw new UnreviewableException(path + " is not a Java source file of a Java project in the workspace");
		}
		return unit;
	}

	private Proposal propose(JavaRefactoringDescriptor descriptor, String title) throws CoreException, UnreviewableException {
		var status = new RefactoringStatus();
		var refactoring = descriptor.createRefactoring(status);
		if (refactoring == null || status.hasError()) {
			throw new UnreviewableException(messages(status, RefactoringStatus.ERROR));
		}
		return propose(refactoring, title, () -> {
		});
	}

	/** Checks the refactoring, configured between its initial and final checks, and turns its change into a proposal. */
	private Proposal propose(Refactoring refactoring, String title, Runnable configure) throws CoreException, UnreviewableException {
		CodeStyle.ensure();
		var status = refactoring.checkInitialConditions(monitor);
		if (status.hasError()) {
			throw new UnreviewableException("JDT's checks refuse it: " + messages(status, RefactoringStatus.ERROR));
		}
		configure.run();
		status.merge(refactoring.checkFinalConditions(monitor));
		if (status.hasError()) {
			throw new UnreviewableException("JDT's checks refuse it: " + messages(status, RefactoringStatus.ERROR));
		}
		var change = refactoring.createChange(monitor);
		try {
			var notes = new ArrayList<String>();
			if (status.hasWarning()) {
				notes.add("JDT warns: " + messages(status, RefactoringStatus.WARNING));
			}
			return new Proposal(title, ChangeSets.of(change, workspace, monitor), notes);
		} finally {
			change.dispose();
		}
	}

	private static String messages(RefactoringStatus status, int severity) {
		var messages = new ArrayList<String>();
		for (var entry : status.getEntries()) {
			if (entry.getSeverity() >= severity) {
				messages.add(entry.getMessage());
			}
		}
		return messages.isEmpty() ? "the refactoring could not be set up" : String.join(" ", messages);
	}

	/** Organizes the imports of a Java file (relative to the workspace); {@code chosen} settles ambiguous names. */
	public Proposal organizeImports(String path, List<String> chosen) throws CoreException, UnreviewableException {
		var unit = unit(path);
		return Imports.organize(unit, Places.relative(workspace, workspace.resolve(path)), Set.copyOf(chosen), monitor);
	}
}
