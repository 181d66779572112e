package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.IMember;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.search.IJavaSearchConstants;
import org.eclipse.jdt.core.search.SearchEngine;
import org.eclipse.jdt.core.search.SearchMatch;
import org.eclipse.jdt.core.search.SearchParticipant;
import org.eclipse.jdt.core.search.SearchPattern;
import org.eclipse.jdt.core.search.SearchRequestor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryIndex;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.testing.OsgiServices;

/**
 * The memory's graph, read from syntax alone, against JDT's own search over the same Java project in the
 * workspace (compiled, with the running JDK as its library): for every method its callers, for every type its
 * implementors and the types that refer to it. Pairs are compared as "Type.member/arity" and "Type"; the agreement
 * (pairs both found, over pairs either found) is printed per question and must stay high. JDT counts a call as a
 * reference to every method it may reach by virtual dispatch, so the memory's callers of a method are taken with
 * those of the methods it overrides and of those overriding it, through its own overrides relations. References
 * of a type are the types that name it: JDT's type references, the memory's relations but calls into its members.
 */
class GraphAgreesWithJdtTest {

	/** Below this the memory's answers would mislead more than they help. */
	static final double MIN_AGREEMENT = 0.9;

	private final MemoryService memory = OsgiServices.await(MemoryService.class, MemoryFixture.WAIT);
	private IProject project;
	private IJavaProject javaProject;

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("g" + UUID.randomUUID().toString().substring(0, 8));
		project.create(null);
		project.open(null);
		var description = project.getDescription();
		description.setNatureIds(new String[] { JavaCore.NATURE_ID });
		project.setDescription(description, null);
		javaProject = JavaCore.create(project);
		javaProject.setRawClasspath(new IClasspathEntry[] { JavaCore.newSourceEntry(project.getFolder("src").getFullPath()),
				JavaCore.newLibraryEntry(org.eclipse.core.runtime.Path.fromOSString(System.getProperty("java.home") + "/lib/jrt-fs.jar"),
						null, null) },
				project.getFolder("bin").getFullPath(), null);
		Geometry.SOURCES.forEach(this::file);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		Job.getJobManager().join(MemoryIndex.JOB_FAMILY, null);
	}

	@AfterEach
	void delete() throws Exception {
		project.delete(true, null);
		Job.getJobManager().join(MemoryIndex.JOB_FAMILY, null);
	}

	@Test
	void callersImplementorsAndReferencesAgreeWithJdtSearch() throws Exception {
		var types = types();
		var callers = new Agreement("callers");
		var implementors = new Agreement("implementors");
		var references = new Agreement("references");
		for (var type : types) {
			for (var method : type.getMethods()) {
				var subject = type.getFullyQualifiedName() + "#" + method.getElementName();
				var calls = new TreeSet<String>();
				for (var each : dispatchedTo(subject)) {
					calls.addAll(memory(GraphQuestion.CALLERS, each, true));
				}
				callers.add(subject, jdt(SearchPattern.createPattern(method, IJavaSearchConstants.REFERENCES), true), calls);
			}
			implementors.add(type.getElementName(), jdt(SearchPattern.createPattern(type, IJavaSearchConstants.IMPLEMENTORS), false),
					memory(GraphQuestion.IMPLEMENTORS, type.getFullyQualifiedName(), false));
			var users = jdt(SearchPattern.createPattern(type, IJavaSearchConstants.REFERENCES), false);
			users.remove(type.getElementName());
			var found = memory(GraphQuestion.REFERENCES, type.getFullyQualifiedName(), false);
			found.remove(type.getElementName());
			references.add(type.getElementName(), users, found);
		}
		System.out.println("Graph against JDT search over " + types.size() + " types: " + callers.details() + "; "
				+ implementors.details() + "; " + references.details());
		for (var agreement : List.of(callers, implementors, references)) {
			assertTrue(agreement.ratio() >= MIN_AGREEMENT, agreement.details());
		}
	}

	private List<IType> types() throws CoreException {
		var types = new ArrayList<IType>();
		for (var root : javaProject.getPackageFragmentRoots()) {
			if (root.getKind() != org.eclipse.jdt.core.IPackageFragmentRoot.K_SOURCE) {
				continue;
			}
			for (var element : root.getChildren()) {
				for (var unit : ((org.eclipse.jdt.core.IPackageFragment) element).getCompilationUnits()) {
					types.addAll(List.of(unit.getTypes()));
				}
			}
		}
		return types;
	}

	/**
	 * The method and those a call to it may run or come from by virtual dispatch, as JDT's search counts them: the
	 * methods it overrides, up the hierarchy, and those that override it, down; by the memory's own graph.
	 */
	private Set<String> dispatchedTo(String method) {
		var family = new TreeSet<String>();
		var entity = memory.find(method, 5).stream().filter(found -> found.key().startsWith(method + "(")).findFirst();
		if (entity.isEmpty()) {
			return Set.of(method);
		}
		family.add(entity.get().key());
		for (var direction : List.of(true, false)) {
			var next = entity.get();
			for (int depth = 0; depth < 8 && next != null; depth++) {
				var outgoing = direction;
				next = memory.neighbours(next.id(), 100).stream()
						.filter(link -> link.relation() == RelationKind.OVERRIDES && link.outgoing() == outgoing).map(Link::entity)
						.findFirst().orElse(null);
				if (next != null) {
					family.add(next.key());
				}
			}
		}
		return family;
	}

	/** What JDT's search finds, as the members (or types) the matches are in. */
	private Set<String> jdt(SearchPattern pattern, boolean members) throws CoreException {
		var found = new TreeSet<String>();
		new SearchEngine().search(pattern, new SearchParticipant[] { SearchEngine.getDefaultSearchParticipant() },
				SearchEngine.createJavaSearchScope(new IJavaElement[] { javaProject }), new SearchRequestor() {
					@Override
					public void acceptSearchMatch(SearchMatch match) {
						if (match.getAccuracy() == SearchMatch.A_ACCURATE && match.getElement() instanceof IJavaElement element) {
							found.add(members ? member(element) : type(element));
						}
					}
				}, null);
		return found;
	}

	/** What the memory answers, named the same way. */
	private Set<String> memory(GraphQuestion question, String subject, boolean members) {
		var found = new TreeSet<String>();
		memory.ask(question, subject, 100).ifPresent(answer -> {
			for (Link link : answer.links()) {
				var key = link.entity().key();
				if (!key.startsWith("geo")) {
					continue;
				}
				var hash = key.indexOf('#');
				var typeName = (hash < 0 ? key : key.substring(0, hash));
				typeName = typeName.substring(typeName.lastIndexOf('.') + 1);
				if (!members) {
					if (question != GraphQuestion.REFERENCES || link.relation() != RelationKind.CALLS) {
						found.add(topLevel(hash < 0 ? key : key.substring(0, hash)));
					}
				} else if (hash >= 0) {
					var member = key.substring(hash + 1);
					var open = member.indexOf('(');
					var name = open < 0 ? member : member.substring(0, open);
					var arity = open < 0 || member.endsWith("()") ? 0 : member.substring(open).split(",").length;
					found.add(typeName + "." + name + "/" + arity);
				}
			}
		});
		return found;
	}

	/** The top-level type of a type's key: {@code geo.Canvas} of {@code geo.Canvas.Frame}. */
	private static String topLevel(String typeKey) {
		for (var segment : typeKey.split("\\.")) {
			if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
				return segment;
			}
		}
		return typeKey;
	}

	/** The method a match is in ("Type.name/arity"), through lambdas and local classes; or its type. */
	private static String member(IJavaElement element) {
		var at = element;
		while (at != null && !(at instanceof IMethod method && !method.isLambdaMethod() && !isLocal(method.getDeclaringType()))) {
			at = at.getParent();
		}
		if (at instanceof IMethod method) {
			return method.getDeclaringType().getElementName() + "." + method.getElementName() + "/" + method.getNumberOfParameters();
		}
		return type(element);
	}

	private static boolean isLocal(IType type) {
		try {
			return type.isAnonymous() || type.isLocal() || type.isLambda();
		} catch (CoreException e) {
			return false;
		}
	}

	/** The top-level type a match is in; for an import, the main type of its file. */
	private static String type(IJavaElement element) {
		if (!(element instanceof IMember) && element.getAncestor(IJavaElement.COMPILATION_UNIT) instanceof ICompilationUnit unit) {
			var primary = unit.findPrimaryType();
			return primary == null ? element.getElementName() : primary.getElementName();
		}
		var type = element instanceof IMember member ? (element instanceof IType t ? t : member.getDeclaringType()) : null;
		while (type != null && type.getDeclaringType() != null) {
			type = type.getDeclaringType();
		}
		return type == null ? element.getElementName() : type.getElementName();
	}

	private void file(String path, String text) {
		try {
			var file = project.getFile("src/" + path);
			create(file.getParent());
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void create(org.eclipse.core.resources.IContainer container) throws CoreException {
		if (!container.exists() && container instanceof org.eclipse.core.resources.IFolder folder) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Pairs found by JDT, by the memory, and by both. */
	private static final class Agreement {
		private final String question;
		private int jdt;
		private int memory;
		private int both;
		private final List<String> differences = new ArrayList<>();

		Agreement(String question) {
			this.question = question;
		}

		void add(String subject, Set<String> byJdt, Set<String> byMemory) {
			jdt += byJdt.size();
			memory += byMemory.size();
			for (var each : byJdt) {
				if (byMemory.contains(each)) {
					both++;
				} else {
					differences.add(subject + ": only JDT finds " + each);
				}
			}
			byMemory.stream().filter(each -> !byJdt.contains(each)).forEach(each -> differences.add(subject + ": only the memory finds " + each));
		}

		double ratio() {
			int either = jdt + memory - both;
			return either == 0 ? 1 : (double) both / either;
		}

		String details() {
			return this + ": " + differences;
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%s %d by JDT, %d by the memory, %d by both (agreement %.2f)", question, jdt, memory, both,
					ratio());
		}
	}
}
