package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.JavaModelException;
import org.eclipse.jdt.core.search.IJavaSearchConstants;
import org.eclipse.jdt.core.search.SearchEngine;
import org.eclipse.jdt.core.search.SearchPattern;
import org.eclipse.jdt.core.search.TypeNameMatch;
import org.eclipse.jdt.core.search.TypeNameMatchRequestor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.osgi.framework.Bundle;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * Java types of the workspace's source for {@code #} mentions, found by Java's type name search (its index, not a
 * walk of the files). Java's tools are optional for the Agent view: this class is only loaded where they are
 * installed ({@link #available()}). Called off the UI thread.
 */
final class JavaTypes {

	private JavaTypes() {
	}

	/** Whether Java's tools are installed; checked before this class's other methods are touched. */
	static boolean available() {
		var bundle = Platform.getBundle("org.eclipse.jdt.core");
		return bundle != null && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
	}

	/**
	 * Source types whose simple name starts with {@code typed} (or matches it in camel case: {@code NPE}), ignoring
	 * case, as mentions: the qualified name to write, and how to attach the type's source.
	 */
	static List<Mention> find(String typed, int max, IProgressMonitor monitor) {
		var found = new ArrayList<Mention>();
		if (typed.isEmpty() || !typed.chars().allMatch(Character::isJavaIdentifierPart)) {
			return found;
		}
		var requestor = new TypeNameMatchRequestor() {
			@Override
			public void acceptTypeNameMatch(TypeNameMatch match) {
				var type = match.getType();
				if (found.size() < max && !type.isBinary() && type.getResource() != null) {
					var path = type.getResource().getFullPath().makeRelative().toString();
					found.add(Mention.type(match.getFullyQualifiedName(), match.getSimpleTypeName() + " \u2013 "
							+ match.getPackageName() + " (" + path + ")", () -> source(type)));
				}
			}
		};
		try {
			new SearchEngine().searchAllTypeNames(null, SearchPattern.R_EXACT_MATCH, typed.toCharArray(),
					SearchPattern.R_PREFIX_MATCH | SearchPattern.R_CAMELCASE_MATCH, IJavaSearchConstants.TYPE,
					SearchEngine.createWorkspaceScope(), requestor, IJavaSearchConstants.WAIT_UNTIL_READY_TO_SEARCH, monitor);
		} catch (JavaModelException | org.eclipse.core.runtime.OperationCanceledException e) {
			// nothing found this time: the files are still offered
		}
		return found;
	}

	/** The type's source (its Javadoc included) as a selection of its file, with its lines. */
	private static Optional<Attachment> source(IType type) {
		try {
			var unit = type.getCompilationUnit();
			var range = type.getSourceRange();
			if (unit == null || range == null || range.getOffset() < 0 || type.getResource() == null) {
				return Optional.empty();
			}
			var source = unit.getSource();
			var lines = new Document(source);
			var first = lines.getLineOfOffset(range.getOffset()) + 1;
			var last = lines.getLineOfOffset(range.getOffset() + range.getLength()) + 1;
			return Optional.of(Attachment.selection(type.getResource().getFullPath().makeRelative().toString(), first, last,
					source.substring(range.getOffset(), range.getOffset() + range.getLength())));
		} catch (JavaModelException | BadLocationException e) {
			return Optional.empty(); // deleted or unreadable since it was found
		}
	}
}
