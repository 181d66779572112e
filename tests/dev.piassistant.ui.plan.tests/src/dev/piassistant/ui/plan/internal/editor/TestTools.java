package dev.piassistant.ui.plan.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Tools for the Plan editor's tests, offered to the agent as a real {@link ToolProvider} service: a write
 * (its risk makes the agent ask first) and a read that record their calls, and a check that always fails.
 */
final class TestTools implements ToolProvider, AutoCloseable {

	static final String WRITE = "write_note";
	static final String READ = "read_notes";
	static final String CHECK = "check_notes";
	static final String SAVE = "save_note";

	final List<String> ran = new CopyOnWriteArrayList<>();
	/** Where save_note wrote, as the agent's checkpoint knows it. */
	final List<Path> saved = new CopyOnWriteArrayList<>();
	private final ServiceRegistration<ToolProvider> registration;

	TestTools() {
		var context = FrameworkUtil.getBundle(TestTools.class).getBundleContext();
		registration = context.registerService(ToolProvider.class, this, new Hashtable<>());
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool(WRITE, "Write a note to a file of the workspace",
						Schema.object().string("path", "File to write", true).string("text", "What to write", true).build(),
						Risk.WRITE, this::write),
				new Tool(READ, "Read the notes", Schema.object().build(), Risk.READ, call -> {
					ran.add(READ);
					return ToolResult.ok("buy milk\nfix the bike");
				}),
				new Tool(SAVE, "Save a note into a file of the workspace",
						Schema.object().string("path", "File to write", true).string("text", "What to write", true).build(),
						Risk.WRITE, this::save, arguments -> List.of(new Access.File(arguments.path("path").asText(), Access.FileOp.WRITE))),
				new Tool(CHECK, "Check that the notes are well formed", Schema.object().build(), Risk.READ, call -> {
					ran.add(CHECK);
					return ToolResult.error("notes.txt line 2: no date");
				}));
	}

	private ToolResult write(ToolInvocation call) {
		ran.add(WRITE + " " + call.text("path", ""));
		return ToolResult.ok("Wrote " + call.text("path", ""));
	}

	/** Really writes, as a file tool does; the agent took a checkpoint of the file before. */
	private ToolResult save(ToolInvocation call) throws IOException {
		var file = call.context().workspace().resolve(call.text("path", "")).toAbsolutePath().normalize();
		Files.writeString(file, call.text("text", ""));
		saved.add(file);
		return ToolResult.ok("Saved " + call.text("path", ""));
	}

	@Override
	public void close() {
		registration.unregister();
	}
}
