package dev.piassistant.ui.chat.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * Opens a task's plan in the Plan editor through its command, so the Agent view needs no dependency on the
 * editor's bundle; without that bundle the command is undefined and the view offers nothing.
 */
final class PlanCommand {

	private static final String ID = "dev.piassistant.ui.plan.open";
	private static final String SESSION = "dev.piassistant.ui.plan.session";
	private static final String TASK = "dev.piassistant.ui.plan.task";
	private static final String TITLE = "dev.piassistant.ui.plan.title";

	private PlanCommand() {
	}

	static boolean available() {
		var commands = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(ICommandService.class) : null;
		return commands != null && commands.getCommand(ID).isDefined();
	}

	static void open(SessionId session, TaskId task, String title) {
		if (!available()) {
			return;
		}
		var workbench = PlatformUI.getWorkbench();
		var command = workbench.getService(ICommandService.class).getCommand(ID);
		var parameters = Map.of(SESSION, session.value(), TASK, task.value(), TITLE, title);
		try {
			workbench.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
		} catch (CommandException e) {
			ILog.of(PlanCommand.class).error("The Plan editor did not open: " + e.getMessage(), e);
		}
	}
}
