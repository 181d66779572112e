package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.ToolCalls;

/**
 * ide_open_editors, called as the agent (or an MCP client) calls it, off the UI thread: it names the Java file open in
 * a real editor as active, says when it has unsaved changes, and quotes the selection.
 */
@ExtendWith(FailOnLoggedErrors.class)
class OpenEditorsToolTest {

	private JavaEditorFile java;

	@BeforeEach
	void open() throws Exception {
		java = new JavaEditorFile();
	}

	@AfterEach
	void close() {
		java.close();
	}

	@Test
	void theActiveEditorItsSelectionAndUnsavedChanges() throws Exception {
		java.select("String greet", "name;\n\t}");
		var listed = call();
		assertFalse(listed.isError(), listed.output());
		assertTrue(listed.output().startsWith("- context/src/Greeter.java (active)\n"), listed.output());
		assertTrue(listed.output().contains("Selected in the active editor (lines 5-7):\nString greet(String name) {"), listed.output());

		java.document().replace(0, 0, "// edited\n");
		var edited = call();
		assertTrue(edited.output().startsWith("- context/src/Greeter.java (active, unsaved changes)\n"), edited.output());
	}

	/** Calls the tool on a thread of its own while this, the UI thread, keeps the display running. */
	private static ToolResult call() {
		var tool = ToolCalls.registered("ide_open_editors");
		var workspace = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString());
		var result = CompletableFuture.supplyAsync(() -> {
			try {
				return ToolCalls.call(tool, workspace, "{}");
			} catch (Exception e) {
				return ToolResult.error(e.toString());
			}
		}, runnable -> new Thread(runnable, "agent").start());
		Ui.spinUntil("the tool answers", result::isDone);
		return result.join();
	}
}
