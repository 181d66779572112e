package dev.piassistant.ui.chat.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ask Pi Assistant about the selection (Ctrl+Alt+A in an editor) and Explain: the editor's file and
 * selection go to the Agent view's composer as chips; Ask leaves the question to the user, Explain sends one.
 * Which of the two is given as the handler's data in plugin.xml ("explain").
 */
public final class AskAboutSelectionHandler extends AbstractHandler implements IExecutableExtension {

	private boolean explain;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		explain = "explain".equals(data);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		var editor = EditorContext.textEditor(HandlerUtil.getActiveEditor(event));
		if (editor.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.AskTitle, Messages.Context_noEditor);
			return null;
		}
		var context = EditorContext.of(editor.get()); // before the view takes the focus
		try {
			var view = (AgentView) window.getActivePage().showView(AgentView.ID);
			view.askAbout(context, explain);
			return null;
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Agent view", e);
		}
	}
}
