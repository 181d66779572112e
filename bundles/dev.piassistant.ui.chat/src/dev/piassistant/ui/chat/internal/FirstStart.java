package dev.piassistant.ui.chat.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Brings the Agent view to the front once, the first time the workbench starts with Pi Assistant (a new Pi
 * IDE workspace, or an Eclipse it was just installed into), and says which keys bring it back: stacked with
 * the Outline, it would otherwise stay hidden behind it.
 */
public final class FirstStart implements IStartup {

	static final String OPEN_COMMAND = "dev.piassistant.ui.chat.openAgentView";
	private static final String INTRODUCED = "agentViewIntroduced";

	@Override
	public void earlyStartup() {
		var workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			var window = workbench.getActiveWorkbenchWindow();
			if (window != null) {
				introduce(window);
			}
		});
	}

	/** Shows the view in front unless it was shown so before; true when it did. */
	static boolean introduce(IWorkbenchWindow window) {
		var preferences = InstanceScope.INSTANCE.getNode("dev.piassistant.ui.chat");
		var page = window.getActivePage();
		if (preferences.getBoolean(INTRODUCED, false) || page == null) {
			return false;
		}
		try {
			var view = page.showView(AgentView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
			if (view instanceof AgentView agent) {
				agent.greet(NLS.bind(Messages.FirstStart, shortcut(window)));
			}
		} catch (PartInitException e) {
			return false; // the view can still be opened from Window > Pi Assistant Agent
		}
		preferences.putBoolean(INTRODUCED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// then it is introduced again next time, which does no harm
		}
		return true;
	}

	/** The keys that open the view, as the user's key scheme has them (Ctrl+Alt+I by default). */
	static String shortcut(IWorkbenchWindow window) {
		var bindings = window.getService(IBindingService.class);
		var keys = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(OPEN_COMMAND);
		return keys == null ? "Ctrl+Alt+I" : keys;
	}
}
