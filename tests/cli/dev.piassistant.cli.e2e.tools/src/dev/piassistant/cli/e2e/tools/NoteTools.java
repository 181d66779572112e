package dev.piassistant.cli.e2e.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Two real tools over the workspace folder, for the command line's end-to-end tests: {@code append_call}
 * (a write) appends its call id and text to {@code calls.log}, so a test can tell how often each call ran;
 * {@code read_note} (a read) returns a file's text.
 */
@Component(service = ToolProvider.class)
public final class NoteTools implements ToolProvider {

	/** The file append_call writes, at the workspace's root. */
	public static final String CALLS_FILE = "calls.log";

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("append_call", "Append a line of text to the workspace's calls.log",
						Schema.object().string("text", "The line to append", true)
								.integer("pause_ms", "Wait this long before writing, to stand for slow work", 0, 10_000, false)
								.build(), Risk.WRITE, NoteTools::append),
				new Tool("read_note", "Read a text file of the workspace",
						Schema.object().string("path", "Path relative to the workspace", true).build(), Risk.READ, NoteTools::read));
	}

	private static ToolResult append(ToolInvocation call) throws IOException, InterruptedException {
		Thread.sleep(call.number("pause_ms", 0));
		var line = call.call().id() + " " + call.text("text", "") + "\n";
		Files.writeString(call.context().workspace().resolve(CALLS_FILE), line, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		return ToolResult.ok("Appended " + call.text("text", ""));
	}

	private static ToolResult read(ToolInvocation call) throws IOException {
		var file = call.context().workspace().resolve(call.text("path", ""));
		if (!Files.isRegularFile(file)) {
			return ToolResult.error("No file " + call.text("path", "") + " in the workspace.");
		}
		return ToolResult.ok(Files.readString(file, StandardCharsets.UTF_8));
	}
}
