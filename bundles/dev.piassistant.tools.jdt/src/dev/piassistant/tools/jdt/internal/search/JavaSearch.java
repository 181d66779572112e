package dev.piassistant.tools.jdt.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IMember;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.search.IJavaSearchConstants;
import org.eclipse.jdt.core.search.SearchEngine;
import org.eclipse.jdt.core.search.SearchMatch;
import org.eclipse.jdt.core.search.SearchParticipant;
import org.eclipse.jdt.core.search.SearchPattern;
import org.eclipse.jdt.core.search.SearchRequestor;

/** JDT's search over the workspace's Java projects: where an element is referenced, and from which members. */
final class JavaSearch {

	/** A match: the member it is in, and where. */
	record Match(IJavaElement enclosing, int offset, boolean exact) {
	}

	private JavaSearch() {
	}

	/** Every reference to the element, in the order JDT reports them, up to {@code max}. */
	static List<Match> references(IJavaElement element, int max, IProgressMonitor monitor) throws CoreException {
		var pattern = SearchPattern.createPattern(element, IJavaSearchConstants.REFERENCES);
		var matches = new ArrayList<Match>();
		new SearchEngine().search(pattern, new SearchParticipant[] { SearchEngine.getDefaultSearchParticipant() },
				SearchEngine.createWorkspaceScope(), new SearchRequestor() {
					@Override
					public void acceptSearchMatch(SearchMatch match) {
						if (matches.size() <= max && match.getElement() instanceof IJavaElement enclosing) {
							matches.add(new Match(enclosing, match.getOffset(), match.getAccuracy() == SearchMatch.A_ACCURATE));
						}
					}
				}, monitor);
		return matches;
	}

	/** The members that call the method, each with the places it calls it from. */
	static Map<IMember, List<Match>> callers(IMethod method, int max, IProgressMonitor monitor) throws CoreException {
		var callers = new LinkedHashMap<IMember, List<Match>>();
		for (var match : references(method, max, monitor)) {
			var member = match.enclosing() instanceof IMember m ? m : (IMember) match.enclosing().getAncestor(IJavaElement.METHOD);
			if (member != null) {
				callers.computeIfAbsent(member, key -> new ArrayList<>()).add(match);
			}
		}
		return callers;
	}
}
