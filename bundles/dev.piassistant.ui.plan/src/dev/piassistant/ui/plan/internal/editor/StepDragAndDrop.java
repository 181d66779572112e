package dev.piassistant.ui.plan.internal.editor;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import dev.piassistant.core.plan.Step;
import dev.piassistant.ui.plan.internal.model.PlanDraft;

/**
 * Reorders steps by drag and drop: dropped on the upper or lower edge of a step, the dragged step goes before
 * or after it; dropped on its middle, it becomes its last sub-step. The draft refuses what the keyboard would
 * refuse too (a started step, a step into itself).
 */
final class StepDragAndDrop extends ViewerDropAdapter {

	private final PlanDraft draft;
	private final Runnable changed;

	private StepDragAndDrop(TreeViewer viewer, PlanDraft draft, Runnable changed) {
		super(viewer);
		this.draft = draft;
		this.changed = changed;
	}

	static void install(TreeViewer viewer, PlanDraft draft, BooleanSupplier planEditable, Runnable changed) {
		var transfers = new Transfer[] { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				var selected = viewer.getStructuredSelection().getFirstElement();
				event.doit = planEditable.getAsBoolean() && selected instanceof Step step && draft.isEditable(step.id());
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new StepDragAndDrop(viewer, draft, changed));
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return target instanceof Step && dragged() instanceof Step;
	}

	@Override
	public boolean performDrop(Object data) {
		if (!(getCurrentTarget() instanceof Step target) || !(dragged() instanceof Step step)) {
			return false;
		}
		var where = switch (getCurrentLocation()) {
		case LOCATION_BEFORE -> PlanDraft.Drop.BEFORE;
		case LOCATION_ON -> PlanDraft.Drop.INTO;
		default -> PlanDraft.Drop.AFTER;
		};
		if (step.id().equals(target.id()) || !draft.moveTo(step.id(), target.id(), where)) {
			return false;
		}
		changed.run();
		return true;
	}

	private static Object dragged() {
		var selection = LocalSelectionTransfer.getTransfer().getSelection();
		return selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
	}
}
