package dev.piassistant.memory.internal.tools;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.KnowledgeNote;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/** The memory as tools for the agent: search it, ask the graph, remember a note. */
@Component(service = ToolProvider.class)
public final class MemoryTools implements ToolProvider {

	public static final String SEARCH = "memory_search";
	public static final String GRAPH = "graph_query";
	public static final String REMEMBER = "remember";

	private final MemoryService memory;

	@Activate
	public MemoryTools(@Reference MemoryService memory) {
		this.memory = memory;
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool(SEARCH, """
						Search the workspace's memory: its code (by type and method), documentation, knowledge notes, git \
						commits and earlier tasks, by keywords and meaning together. Every hit names its source (path:lines) \
						to cite or read.""",
						Schema.object().string("query", "What to look for, in words or names", true)
								.integer("limit", "How many hits (default 8)", 1, 30, false)
								.stringArray("kinds", "Only these kinds: " + kinds(), false).build(),
						Risk.READ, this::search),
				new Tool(GRAPH, """
						Ask the knowledge graph about a type, method or file: related (everything connected), callers, \
						callees, tests, history (who changed it and when), implementors (subtypes, overriding methods), \
						references (what uses a type).""",
						Schema.object().choice("question", "What to ask", questions(), true)
								.string("subject", "A type, method (Type#method or Type.method), file path or qualified name", true)
								.integer("limit", "How many answers (default 20)", 1, 100, false).build(),
						Risk.READ, this::graph),
				new Tool(REMEMBER, """
						Remember something for later tasks in a knowledge file (markdown, one per topic; remembering a topic \
						again replaces it). Project notes are shared in the project's .pi/knowledge folder; user notes stay \
						in the user's own.""",
						Schema.object().string("topic", "A short title; the file is named after it", true)
								.string("text", "The note, in markdown", true)
								.choice("scope", "project (default) or user", List.of("project", "user"), false)
								.string("project", "Which project, when there are several", false).build(),
						Risk.WRITE, this::remember));
	}

	private static String kinds() {
		return String.join(", ", Arrays.stream(EntityKind.values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
	}

	private static List<String> questions() {
		return Arrays.stream(GraphQuestion.values()).map(question -> question.name().toLowerCase(Locale.ROOT)).toList();
	}

	private ToolResult search(ToolInvocation call) {
		var kinds = EnumSet.noneOf(EntityKind.class);
		var given = call.arguments().get("kinds");
		if (given != null && given.isArray()) {
			for (var kind : given) {
				try {
					kinds.add(EntityKind.valueOf(kind.asText().strip().toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					return ToolResult.error("Unknown kind '" + kind.asText() + "'. The kinds are: " + kinds() + ".");
				}
			}
		}
		var query = MemoryQuery.of(call.text("query", ""), (int) call.number("limit", 8)).ofKinds(kinds);
		return ToolResult.ok(ToolTexts.hits(query.text(), memory.search(query), memory.status()));
	}

	private ToolResult graph(ToolInvocation call) {
		var question = GraphQuestion.valueOf(call.text("question", "related").toUpperCase(Locale.ROOT));
		var subject = call.text("subject", "");
		var answer = memory.ask(question, subject, (int) call.number("limit", 20));
		if (answer.isEmpty()) {
			return ToolResult.error("Nothing in the memory is named '" + subject + "'. Try " + SEARCH + " to find its exact name.");
		}
		return ToolResult.ok(ToolTexts.answer(answer.get()));
	}

	private ToolResult remember(ToolInvocation call) {
		var scope = call.text("scope", "project").equalsIgnoreCase("user") ? KnowledgeNote.Scope.USER : KnowledgeNote.Scope.PROJECT;
		var project = call.text("project", null);
		var source = memory.remember(new KnowledgeNote(call.text("topic", ""), call.text("text", ""), scope, project));
		return ToolResult.ok("Remembered in " + source.cite() + ". Later tasks find it with " + SEARCH + " and cite it as that.");
	}
}
