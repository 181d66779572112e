package dev.piassistant.edits.internal.tools;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.change.ChangeFeedback;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeTools;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolProvider;

/**
 * The agent's tools that change files. None writes: each proposes a change set, waits for its review and tells the
 * model what became of every hunk.
 */
@Component(service = ToolProvider.class)
public final class FileTools implements ToolProvider {

	private static final String WHY = "What the change is for, in a few words, shown to the user who reviews it";

	private final List<ChangeFeedback> feedback = new CopyOnWriteArrayList<>();
	private final Proposals proposals;

	@Activate
	public FileTools(@Reference ChangeReviewService reviews) {
		this.proposals = new Proposals(reviews, feedback);
	}

	/** What other bundles tell the model after a change (the Java tools: compile errors); they come and go. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFeedback(ChangeFeedback service) {
		feedback.add(service);
	}

	void removeFeedback(ChangeFeedback service) {
		feedback.remove(service);
	}

	@Override
	public List<Tool> tools() {
		return List.of(edit(), patch(), write(), delete(), rename());
	}

	private Tool edit() {
		return new Tool(ChangeTools.EDIT_FILE, """
				Change lines of an existing text file with search/replace blocks, applied in order. Each search text \
				is whole lines quoted from the file as it is now (enough of them to occur once); its replacement is \
				the lines to put there instead. Whitespace slips are forgiven where the place is still certain. \
				The user reviews the change hunk by hunk; the result says which hunks were applied.""",
				Schema.object().string("path", "The file, relative to the workspace", true)
						.property("edits", blocks(), true).string("description", WHY, false).build(),
				Risk.WRITE, proposals::edit);
	}

	private Tool patch() {
		return new Tool(ChangeTools.APPLY_PATCH, """
				Change one or more text files with a unified diff ("--- a/path", "+++ b/path", "@@ -l,n +l,n @@" \
				hunks of ' ', '-' and '+' lines; "--- /dev/null" creates a file, "+++ /dev/null" deletes one). \
				Line numbers may be approximate: hunks are placed by their unchanged and removed lines. The user \
				reviews the change hunk by hunk; the result says which hunks were applied.""",
				Schema.object().string("patch", "The unified diff", true)
						.string("path", "The file a diff without ---/+++ lines changes, relative to the workspace", false)
						.string("description", WHY, false).build(),
				Risk.WRITE, proposals::patch);
	}

	private Tool write() {
		return new Tool(ChangeTools.WRITE_FILE, """
				Write a text file's whole content: creates the file, or replaces the content of an existing one \
				(prefer edit_file for a few lines of a long file). The user reviews the change hunk by hunk.""",
				Schema.object().string("path", "The file, relative to the workspace", true)
						.string("content", "The file's whole new content", true).string("description", WHY, false).build(),
				Risk.WRITE, proposals::write);
	}

	private Tool delete() {
		return new Tool(ChangeTools.DELETE_FILE, "Delete a file of the workspace, once the user accepts it.",
				Schema.object().string("path", "The file, relative to the workspace", true)
						.string("description", WHY, false).build(),
				Risk.WRITE, proposals::delete);
	}

	private Tool rename() {
		return new Tool(ChangeTools.RENAME_FILE, "Rename or move a file of the workspace, once the user accepts it.",
				Schema.object().string("path", "The file, relative to the workspace", true)
						.string("newPath", "Where it goes, relative to the workspace", true)
						.string("description", WHY, false).build(),
				Risk.WRITE, proposals::rename);
	}

	private static ObjectNode blocks() {
		var nodes = JsonNodeFactory.instance;
		var block = Schema.object().string("search", "Lines quoted exactly from the file", true)
				.string("replace", "The lines to put in their place", true).build();
		var array = nodes.objectNode().put("type", "array").put("minItems", 1)
				.put("description", "The search/replace blocks, applied one after the other");
		array.set("items", block);
		return array;
	}
}
