package dev.piassistant.install.probe;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the Agent view and waits until it has built its content: the chat, or the connect panel while no
 * provider is configured. The view gives up on its services after 15 s and shows a message instead of a
 * chat, so waiting longer than that tells a slow start from a broken one.
 */
final class AgentViewCheck {

	static final String VIEW_ID = "dev.piassistant.ui.chat.agentView";
	private static final long BUILD_WAIT_MILLIS = 25_000;
	/** Lets the jobs the view starts (history load, model server detection) finish and log any failure. */
	private static final long SETTLE_MILLIS = 3_000;

	private final Display display;

	AgentViewCheck(Display display) {
		this.display = display;
	}

	/** view.class: the part showView returned; view.content: chat, connect, none (never built) or a failure. */
	Map<String, String> run() {
		var result = new LinkedHashMap<String, String>();
		IViewPart part;
		try {
			part = display.syncCall(AgentViewCheck::showView);
		} catch (PartInitException e) {
			result.put("view.failure", Probe.stackTrace(e));
			return result;
		}
		result.put("view.class", part.getClass().getName());
		result.put("view.content", awaitContent(part));
		pause(SETTLE_MILLIS);
		return result;
	}

	private static IViewPart showView() throws PartInitException {
		var workbench = PlatformUI.getWorkbench();
		var window = workbench.getActiveWorkbenchWindow();
		if (window == null) {
			// Without a window manager (Xvfb) no shell may be active yet.
			window = workbench.getWorkbenchWindows()[0];
		}
		return window.getActivePage().showView(VIEW_ID);
	}

	private String awaitContent(IViewPart part) {
		var deadline = System.currentTimeMillis() + BUILD_WAIT_MILLIS;
		String content = display.syncCall(() -> content(part));
		while (content.equals("none") && System.currentTimeMillis() < deadline) {
			pause(200);
			content = display.syncCall(() -> content(part));
		}
		return content;
	}

	/** Asks the view through its test accessors (package-private, hence reflection). */
	private static String content(IViewPart part) {
		try {
			var panel = (Optional<?>) invoke(part, "panel");
			if (panel.isEmpty()) {
				return "none";
			}
			return (Boolean) invoke(panel.get(), "showsConnectPanel") ? "connect" : "chat";
		} catch (ReflectiveOperationException | ClassCastException e) {
			return "unreadable: " + e;
		}
	}

	private static Object invoke(Object target, String method) throws ReflectiveOperationException {
		var accessor = target.getClass().getDeclaredMethod(method);
		accessor.setAccessible(true);
		try {
			return accessor.invoke(target);
		} catch (InvocationTargetException e) {
			throw new ReflectiveOperationException(method + " failed", e.getCause());
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
