package dev.piassistant.tools.jdt.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.jdt.internal.problems.JavaProblems;
import dev.piassistant.tools.jdt.internal.refactor.Proposal;
import dev.piassistant.tools.jdt.internal.refactor.Refactorings;
import dev.piassistant.tools.jdt.internal.refactor.Signatures;
import dev.piassistant.tools.jdt.internal.refactor.UnreviewableException;
import dev.piassistant.tools.jdt.internal.search.UnknownElementException;

/**
 * JDT's refactorings as agent tools. None performs its change: each proposes it as a change set that the user reviews
 * hunk by hunk like any edit, and answers with the review's outcome and the compile errors after it. Also the compile
 * errors on their own, for after any edit.
 */
@Component(service = ToolProvider.class)
public final class JavaRefactoringTools implements ToolProvider {

	private static final String WHY = "What the change is for, in a few words, shown to the user who reviews it";

	/** One refactoring: its proposal for the call's arguments. */
	@FunctionalInterface
	private interface Refactoring {
		Proposal propose(Refactorings refactorings, ToolInvocation call) throws Exception;
	}

	private final Reviews reviews;

	@Activate
	public JavaRefactoringTools(@Reference ChangeReviewService reviews) {
		this.reviews = new Reviews(reviews);
	}

	@Override
	public List<Tool> tools() {
		return List.of(rename(), moveType(), extractMethod(), changeSignature(), organizeImports(), problems());
	}

	private Tool rename() {
		return refactoring("java_rename", "Rename a Java type, method or field with JDT's rename refactoring: every "
				+ "reference is updated (calls through subclasses, overriding methods, method references, imports, a type's "
				+ "file), where a text edit would miss some. The user reviews the change hunk by hunk; the result says what "
				+ "was applied and the compile errors after it.",
				Schema.object().string("element", JavaSearchTools.ELEMENT, true).string("newName", "The new simple name", true),
				(refactorings, call) -> refactorings.rename(call.text("element", ""), call.text("newName", "").strip()));
	}

	private Tool moveType() {
		return refactoring("java_move_type", "Move a top-level Java type (its file) to another existing package of its "
				+ "source folder with JDT's move refactoring, updating package declarations, imports and references. "
				+ "Reviewed by the user like any edit.",
				Schema.object().string("element", "The type, fully qualified (or simple when unique)", true)
						.string("package", "The destination package, e.g. com.acme.billing", true),
				(refactorings, call) -> refactorings.moveType(call.text("element", ""), call.text("package", "").strip()));
	}

	private Tool extractMethod() {
		return refactoring("java_extract_method", "Extract whole lines of a method body into a new private method with "
				+ "JDT's extract method refactoring: parameters and return value are worked out, the lines (and duplicates "
				+ "of them) become a call. Reviewed by the user like any edit.",
				Schema.object().string("path", "The Java file, relative to the workspace", true)
						.integer("startLine", "The first line to extract, from 1", true)
						.integer("endLine", "The last line to extract", true)
						.string("name", "The new method's name", true),
				(refactorings, call) -> refactorings.extractMethod(call.text("path", ""), (int) call.number("startLine", 0),
						(int) call.number("endLine", 0), call.text("name", "").strip()));
	}

	private Tool changeSignature() {
		var parameter = Schema.object().string("name", "The parameter's name in the new signature", true)
				.string("from", "The existing parameter it is (by its current name); leave out for a new parameter", false)
				.string("type", "Its type: required for a new parameter, or to change an existing one's type", false)
				.string("defaultValue", "For a new parameter: the expression every caller passes, e.g. 0 or null", false).build();
		var parameters = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "array")
				.put("description", "The complete new parameter list in order; existing parameters left out are removed");
		parameters.set("items", parameter);
		return refactoring("java_change_signature", "Change a method's parameters with JDT's change signature refactoring: "
				+ "reorder, rename, retype, add (with the value callers pass) or remove them, in the method, its overriders "
				+ "and every call. Reviewed by the user like any edit.",
				Schema.object().string("element", JavaSearchTools.ELEMENT, true).property("parameters", parameters, true),
				(refactorings, call) -> {
					var list = new ArrayList<Signatures.Parameter>();
					call.arguments().path("parameters").forEach(node -> list.add(new Signatures.Parameter(
							node.path("name").asText("").strip(), node.path("type").asText("").strip(),
							node.path("from").asText("").strip(), node.path("defaultValue").asText("").strip())));
					return refactorings.changeSignature(call.text("element", ""), list);
				});
	}

	private Tool organizeImports() {
		return refactoring("java_organize_imports", "Organize the imports of a Java file as JDT does: remove unused ones, "
				+ "add missing ones, sort them. Reviewed by the user like any edit.",
				Schema.object().string("path", "The Java file, relative to the workspace", true).stringArray("choose",
						"Fully qualified types to import where a simple name is ambiguous", false),
				(refactorings, call) -> {
					var chosen = new ArrayList<String>();
					call.arguments().path("choose").forEach(node -> chosen.add(node.asText()));
					return refactorings.organizeImports(call.text("path", ""), chosen);
				});
	}

	private Tool problems() {
		return new Tool("java_problems", "The compile errors JDT reports for the workspace's Java projects (path:line: "
				+ "message), after refreshing the given files and building. Call it after editing Java files.",
				Schema.object().stringArray("paths", "Files or folders changed outside the IDE to refresh first, relative "
						+ "to the workspace; their errors are listed first", false)
						.integer("maxResults", "At most this many errors (default 50)", 1, 1_000, false).build(),
				Risk.READ, this::problems, arguments -> {
					var reads = new ArrayList<Access>();
					arguments.path("paths").forEach(path -> reads.add(new Access.File(path.asText(), Access.FileOp.READ)));
					return reads;
				});
	}

	private ToolResult problems(ToolInvocation call) throws Exception {
		var paths = new ArrayList<String>();
		call.arguments().path("paths").forEach(node -> paths.add(node.asText()));
		var context = call.context();
		var problems = new JavaProblems(context.workspace(), new CallMonitor(context));
		context.progress("building the Java projects");
		problems.refreshAndBuild(paths);
		return ToolResult.ok(JavaProblems.text(problems.errors(paths), (int) call.number("maxResults", 50)));
	}

	private Tool refactoring(String name, String description, Schema parameters, Refactoring refactoring) {
		// A refactoring named by an element changes files found only by running it: it is judged by its risk class.
		// One named by its file says so, so that grants for paths cover it.
		return new Tool(name, description, parameters.string("description", WHY, false).build(), Risk.WRITE,
				call -> run(call, refactoring), arguments -> arguments.has("path")
						? List.of(new Access.File(arguments.path("path").asText(), Access.FileOp.WRITE)) : List.of());
	}

	private ToolResult run(ToolInvocation call, Refactoring refactoring) throws Exception {
		var context = call.context();
		context.progress("computing the refactoring");
		Proposal proposal;
		try {
			proposal = refactoring.propose(new Refactorings(context.workspace(), new CallMonitor(context)), call);
		} catch (UnknownElementException e) {
			return ToolResult.error(e.getMessage());
		} catch (UnreviewableException e) {
			return ToolResult.error("The refactoring cannot be proposed: " + e.getMessage() + ". Nothing was changed.");
		}
		return reviews.review(call, proposal);
	}
}
