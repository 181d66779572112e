package dev.piassistant.ui.chat.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * Fix this problem, from the Problems view (and a problem's quick fix): the selected problems of one file, and that file, go to the
 * Agent view with a message asking to fix them, sent at once.
 */
public final class FixProblemHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			fix(HandlerUtil.getActiveWorkbenchWindowChecked(event), markers(HandlerUtil.getCurrentSelection(event)));
			return null;
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Agent view", e);
		}
	}

	/**
	 * Asks the Agent view to fix the problems of the first problem's file (the others are left out), with that file
	 * as context; from the Problems view and from a problem's quick fix ({@link ProblemResolutions}).
	 */
	static void fix(IWorkbenchWindow window, List<IMarker> markers) throws PartInitException {
		if (markers.isEmpty() || !(markers.get(0).getResource() instanceof IFile file) || window.getActivePage() == null) {
			return;
		}
		var ofFile = markers.stream().filter(marker -> file.equals(marker.getResource())).toList();
		var context = new ArrayList<Attachment>();
		content(file).ifPresent(text -> context.add(Attachment.file(file.getFullPath().makeRelative().toString(), text)));
		ProblemContext.of(file, ofFile).ifPresent(context::add);
		var view = (AgentView) window.getActivePage().showView(AgentView.ID);
		view.fix(context);
	}

	private static List<IMarker> markers(Object selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return List.of();
		}
		var markers = new ArrayList<IMarker>();
		for (var element : structured.toList()) {
			var marker = Adapters.adapt(element, IMarker.class);
			if (marker != null && marker.exists()) {
				markers.add(marker);
			}
		}
		return markers;
	}

	/** The file as saved (a source file: small, and read from the local disk). */
	private static java.util.Optional<String> content(IFile file) {
		try (var in = file.getContents()) {
			return java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (CoreException | IOException e) {
			return java.util.Optional.empty();
		}
	}
}
