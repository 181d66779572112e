package dev.piassistant.ui.chat.internal.tools;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * The workbench's open editors as a tool. It reads on the UI thread through {@code asyncExec}, waiting a few seconds
 * at most, so a busy or absent workbench fails the call instead of blocking the agent.
 */
@Component(service = ToolProvider.class)
public final class WorkbenchTools implements ToolProvider {

	private static final long WAIT_SECONDS = 5;

	@Override
	public List<Tool> tools() {
		return List.of(new Tool("ide_open_editors", "The editors open in the IDE: each one's file (relative to the workspace), which "
				+ "is active, which have unsaved changes, and the active editor's selection or cursor line.", Schema.object().build(),
				Risk.READ, WorkbenchTools::openEditors));
	}

	private static ToolResult openEditors(ToolInvocation call) throws InterruptedException {
		if (!PlatformUI.isWorkbenchRunning()) {
			return ToolResult.error("No workbench is running: the open editors exist only in the IDE.");
		}
		var workbench = PlatformUI.getWorkbench();
		var display = workbench.getDisplay();
		var answer = new CompletableFuture<String>();
		display.asyncExec(() -> {
			try {
				answer.complete(OpenEditors.describe(workbench, call.context().workspace()));
			} catch (RuntimeException e) {
				answer.completeExceptionally(e);
			}
		});
		try {
			return ToolResult.ok(answer.get(WAIT_SECONDS, TimeUnit.SECONDS));
		} catch (TimeoutException e) {
			return ToolResult.error("The IDE's UI did not answer within " + WAIT_SECONDS + " s (it is busy); try again shortly.");
		} catch (ExecutionException e) {
			return ToolResult.error("Could not read the open editors: " + e.getCause().getMessage());
		}
	}
}
