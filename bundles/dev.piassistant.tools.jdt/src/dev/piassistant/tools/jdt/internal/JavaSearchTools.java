package dev.piassistant.tools.jdt.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.jdt.internal.search.SearchAnswers;
import dev.piassistant.tools.jdt.internal.search.UnknownElementException;

/**
 * Java-aware search through JDT: references, implementors and overriders, callers (the call hierarchy) and the type
 * hierarchy. They read the Java model only, so the permission policy lets them run like any read.
 */
@Component(service = ToolProvider.class)
public final class JavaSearchTools implements ToolProvider {

	static final String ELEMENT = "The Java element: a type fully qualified (com.acme.Shop, or Shop when unique), or a "
			+ "member as Type#name, with parameter types to pick an overload: com.acme.Shop#total(int, String)";
	private static final int DEFAULT_RESULTS = 100;

	/** One search: the answer for an element name and a result limit. */
	@FunctionalInterface
	private interface Answer {
		String of(SearchAnswers answers, ToolInvocation call, int max) throws Exception;
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				tool("java_references", "Find every reference to a Java type, method or field in the workspace's Java "
						+ "projects (JDT search: exact, not text). Lists path:line: the member it is in and the line.",
						(answers, call, max) -> answers.references(call.text("element", ""), max), false),
				tool("java_implementors", "Find the classes implementing an interface or extending a class, or the methods "
						+ "implementing or overriding a method, with where each is declared.",
						(answers, call, max) -> answers.implementors(call.text("element", ""), max), false),
				tool("java_callers", "The call hierarchy of a method: the members that call it (path:line and the call's "
						+ "line), and with depth > 1 the callers of those, indented.",
						(answers, call, max) -> answers.callers(call.text("element", ""), (int) call.number("depth", 1), max), true),
				tool("java_type_hierarchy", "The type hierarchy of a class or interface: its superclasses, the interfaces it "
						+ "implements, and every subtype as an indented tree with where each is declared.",
						(answers, call, max) -> answers.typeHierarchy(call.text("element", ""), max), false));
	}

	private static Tool tool(String name, String description, Answer answer, boolean depth) {
		var schema = Schema.object().string("element", ELEMENT, true);
		if (depth) {
			schema.integer("depth", "How many levels of callers (default 1)", 1, 5, false);
		}
		schema.integer("maxResults", "At most this many results (default 100)", 1, 2_000, false);
		return new Tool(name, description, schema.build(), Risk.READ, call -> run(call, answer));
	}

	private static ToolResult run(ToolInvocation call, Answer answer) throws Exception {
		var context = call.context();
		context.progress("searching the Java model");
		try {
			var answers = new SearchAnswers(context.workspace(), new CallMonitor(context));
			return ToolResult.ok(answer.of(answers, call, (int) call.number("maxResults", DEFAULT_RESULTS)));
		} catch (UnknownElementException e) {
			return ToolResult.error(e.getMessage());
		}
	}
}
