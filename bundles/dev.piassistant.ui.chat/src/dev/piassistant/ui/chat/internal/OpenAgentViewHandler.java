package dev.piassistant.ui.chat.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens (or brings forward) the Agent view: Window > Pi Assistant Agent, or Ctrl+Alt+I. */
public final class OpenAgentViewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(AgentView.ID);
			return null;
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Agent view", e);
		}
	}
}
