package demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * File tools for the README screenshot: read and write a file of the workspace, offered to the agent as a
 * ToolProvider service until Pi Assistant ships its own tools. The screenshot script installs this bundle
 * into the Pi IDE it photographs; nothing else uses it.
 */
public final class DemoTools implements BundleActivator, ToolProvider {

	@Override
	public void start(BundleContext context) {
		context.registerService(ToolProvider.class, this, null);
	}

	@Override
	public void stop(BundleContext context) {
		// The service goes with the bundle.
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("read_file", "Read a text file of the workspace",
						Schema.object().string("path", "Path relative to the workspace", true).build(), Risk.READ, DemoTools::read),
				new Tool("write_file", "Write a text file of the workspace",
						Schema.object().string("path", "Path relative to the workspace", true)
								.string("content", "The whole new content", true).build(), Risk.WRITE, DemoTools::write));
	}

	private static ToolResult read(ToolInvocation call) throws Exception {
		var file = call.context().workspace().resolve(call.text("path", ""));
		return Files.exists(file) ? ToolResult.ok(Files.readString(file, StandardCharsets.UTF_8))
				: ToolResult.error("No file " + call.text("path", "") + " in the workspace.");
	}

	private static ToolResult write(ToolInvocation call) throws Exception {
		var file = call.context().workspace().resolve(call.text("path", ""));
		Files.createDirectories(file.getParent());
		Files.writeString(file, call.text("content", ""), StandardCharsets.UTF_8);
		return ToolResult.ok("Wrote " + call.text("path", ""));
	}
}
