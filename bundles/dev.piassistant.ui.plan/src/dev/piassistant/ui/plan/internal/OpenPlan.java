package dev.piassistant.ui.plan.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.ui.plan.internal.editor.PlanEditor;
import dev.piassistant.ui.plan.internal.editor.PlanEditorInput;

/**
 * Opens the Plan editor on a task. Other views open it through the command {@link #COMMAND} with the session
 * and task ids as parameters, so they need not depend on this bundle.
 */
public final class OpenPlan extends AbstractHandler {

	public static final String COMMAND = "dev.piassistant.ui.plan.open";
	public static final String SESSION = "dev.piassistant.ui.plan.session";
	public static final String TASK = "dev.piassistant.ui.plan.task";
	public static final String TITLE = "dev.piassistant.ui.plan.title";

	/** Opens (or brings up) the editor of a task's plan. */
	public static Optional<PlanEditor> open(IWorkbenchPage page, SessionId session, TaskId task, String title) {
		try {
			return Optional.of((PlanEditor) page.openEditor(new PlanEditorInput(session, task, title), PlanEditor.ID, true));
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(OpenPlan.class).error(e.getMessage(), e);
			return Optional.empty();
		}
	}

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		var session = event.getParameter(SESSION);
		var task = event.getParameter(TASK);
		if (session == null || task == null) {
			throw new ExecutionException("The Plan editor needs a session and a task.");
		}
		var title = event.getParameter(TITLE);
		var page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		open(page, new SessionId(session), new TaskId(task), title == null ? "" : title);
		return null;
	}
}
