package dev.piassistant.ui.plan.internal.editor;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;

import dev.piassistant.core.plan.Step;

/** Edits a step's text or expectation in its cell; the edit becomes an undoable change of the draft. */
final class StepEditing extends EditingSupport {

	private final boolean description;
	private final StepTree.Edits edits;
	private final TextCellEditor editor;

	StepEditing(TreeViewer viewer, boolean description, StepTree.Edits edits) {
		super(viewer);
		this.description = description;
		this.edits = edits;
		this.editor = new TextCellEditor(viewer.getTree());
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return edits.canEdit((Step) element);
	}

	@Override
	protected Object getValue(Object element) {
		var step = (Step) element;
		return description ? step.description() : step.expected();
	}

	@Override
	protected void setValue(Object element, Object value) {
		var step = (Step) element;
		var text = String.valueOf(value);
		if (description) {
			edits.edit(step, text, step.expected());
		} else {
			edits.edit(step, step.description(), text);
		}
	}
}
