package dev.piassistant.ui.plan.internal.editor;

import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.ui.plan.internal.Messages;

/** A task's plan, as the Plan editor opens it; kept across restarts by its session and task ids. */
public final class PlanEditorInput implements IEditorInput, IPersistableElement {

	static final String FACTORY_ID = "dev.piassistant.ui.plan.editorInputFactory";
	private static final String SESSION = "session";
	private static final String TASK = "task";
	private static final String TITLE = "title";

	private final SessionId session;
	private final TaskId task;
	private final String title;

	public PlanEditorInput(SessionId session, TaskId task, String title) {
		this.session = session;
		this.task = task;
		this.title = title;
	}

	public SessionId session() {
		return session;
	}

	public TaskId task() {
		return task;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(PlanEditorInput.class.getResource("/icons/plan.png"));
	}

	@Override
	public String getName() {
		return title.isBlank() ? Messages.Editor_name : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return Messages.Editor_name + ": " + getName();
	}

	@Override
	public <T> @Nullable T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(SESSION, session.value());
		memento.putString(TASK, task.value());
		memento.putString(TITLE, title);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof PlanEditorInput input && input.task.equals(task) && input.session.equals(session);
	}

	@Override
	public int hashCode() {
		return Objects.hash(session, task);
	}

	/** Restores the input from what {@link #saveState} kept. */
	public static final class Factory implements IElementFactory {

		@Override
		public @Nullable IAdaptable createElement(IMemento memento) {
			var session = memento.getString(SESSION);
			var task = memento.getString(TASK);
			if (session == null || task == null) {
				return null;
			}
			var title = memento.getString(TITLE);
			return new PlanEditorInput(new SessionId(session), new TaskId(task), title == null ? "" : title);
		}
	}
}
