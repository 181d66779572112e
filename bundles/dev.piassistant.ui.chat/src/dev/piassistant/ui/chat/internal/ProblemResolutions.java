package dev.piassistant.ui.chat.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * "Fix with Pi Assistant" among a problem's quick fixes (Ctrl+1 on the marker in an editor, Quick Fix in the
 * Problems view): the same request as the Problems view's command, for the one problem.
 */
public final class ProblemResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getResource() instanceof IFile
				&& marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO) >= IMarker.SEVERITY_WARNING;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new FixWithPi() } : new IMarkerResolution[0];
	}

	private static final class FixWithPi implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return Messages.FixResolution;
		}

		@Override
		public String getDescription() {
			return Messages.FixResolutionDescription;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null) {
				return;
			}
			try {
				FixProblemHandler.fix(window, List.of(marker));
			} catch (PartInitException e) {
				ILog.of(ProblemResolutions.class).error("Could not open the Agent view", e);
			}
		}
	}
}
