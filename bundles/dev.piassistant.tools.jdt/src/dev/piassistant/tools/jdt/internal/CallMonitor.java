package dev.piassistant.tools.jdt.internal;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.piassistant.core.tool.ToolContext;

/** A progress monitor that is cancelled when the task is stopped, so that searches and refactorings end soon. */
public final class CallMonitor extends NullProgressMonitor {

	private final ToolContext context;

	public CallMonitor(ToolContext context) {
		this.context = context;
	}

	@Override
	public boolean isCanceled() {
		return super.isCanceled() || context.isCancelled();
	}
}
