package dev.piassistant.ui.plan.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.model.PlanDraft;

/**
 * The editing actions of the Plan editor, shared by its tool bar, the tree's context menu and its keys:
 * Insert adds a step, Delete removes it, Alt+Up and Alt+Down move it, Alt+Right and Alt+Left indent and
 * outdent it. Each changes the draft and tells the editor, which redraws and marks itself dirty.
 */
final class PlanActions {

	private final PlanDraft draft;
	private final Supplier<Optional<Step>> selection;
	private final Runnable changed;
	private final java.util.function.Consumer<StepId> added;
	private boolean editable;

	final IAction add;
	final IAction remove;
	final IAction up;
	final IAction down;
	final IAction indent;
	final IAction outdent;
	final IAction skip;
	final IAction askFirst;
	final IAction undo;
	final IAction redo;
	final IAction revert;

	PlanActions(PlanDraft draft, Supplier<Optional<Step>> selection, Runnable changed, java.util.function.Consumer<StepId> added) {
		this.draft = draft;
		this.selection = selection;
		this.changed = changed;
		this.added = added;
		add = action(Messages.Action_add, this::addStep);
		remove = onStep(Messages.Action_remove, draft::remove);
		up = onStep(Messages.Action_up, id -> draft.move(id, -1));
		down = onStep(Messages.Action_down, id -> draft.move(id, 1));
		indent = onStep(Messages.Action_indent, draft::indent);
		outdent = onStep(Messages.Action_outdent, draft::outdent);
		skip = toggle(Messages.Action_skip, StepFlag.SKIP);
		askFirst = toggle(Messages.Action_askFirst, StepFlag.ASK_FIRST);
		undo = action(Messages.Action_undo, () -> {
			draft.undo();
			return true;
		});
		redo = action(Messages.Action_redo, () -> {
			draft.redo();
			return true;
		});
		revert = action(Messages.Action_revert, () -> {
			draft.revert();
			return true;
		});
		var tips = List.of(Messages.Key_add, Messages.Key_remove, Messages.Key_up, Messages.Key_down, Messages.Key_indent,
				Messages.Key_outdent, Messages.Key_skip, Messages.Key_askFirst, Messages.Key_undo, Messages.Key_redo, Messages.Key_revert);
		var all = List.of(add, remove, up, down, indent, outdent, skip, askFirst, undo, redo, revert);
		for (int i = 0; i < all.size(); i++) {
			all.get(i).setToolTipText(tips.get(i));
		}
	}

	private IAction action(String text, Supplier<Boolean> run) {
		return new Action(text) {
			@Override
			public void run() {
				if (isEnabled() && run.get()) {
					changed.run();
				}
			}
		};
	}

	private IAction onStep(String text, Function<StepId, Boolean> run) {
		return action(text, () -> selection.get().map(step -> run.apply(step.id())).orElse(false));
	}

	private IAction toggle(String text, StepFlag flag) {
		var action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				var step = selection.get();
				if (step.isPresent() && draft.flag(step.get().id(), flag, !step.get().has(flag))) {
					changed.run();
				}
			}
		};
		return action;
	}

	private boolean addStep() {
		var after = selection.get().map(Step::id).orElse(null);
		var id = draft.add(after, Messages.Step_new, "");
		changed.run();
		added.accept(id);
		return false;
	}

	void fill(IContributionManager manager) {
		for (var action : List.of(add, remove, up, down, indent, outdent)) {
			manager.add(action);
		}
		manager.add(new Separator());
		manager.add(skip);
		manager.add(askFirst);
		manager.add(new Separator());
		manager.add(undo);
		manager.add(redo);
		manager.add(revert);
	}

	/** Enables what applies to the selected step; nothing while the task cannot take a revision. */
	void update(boolean taskEditable) {
		editable = taskEditable;
		var step = selection.get();
		var stepEditable = editable && step.map(s -> draft.isEditable(s.id())).orElse(false);
		add.setEnabled(editable);
		for (var action : List.of(remove, up, down, indent, outdent, skip, askFirst)) {
			action.setEnabled(stepEditable);
		}
		skip.setChecked(step.map(s -> s.has(StepFlag.SKIP)).orElse(false));
		askFirst.setChecked(step.map(s -> s.has(StepFlag.ASK_FIRST)).orElse(false));
		undo.setEnabled(editable && draft.canUndo());
		redo.setEnabled(editable && draft.canRedo());
		revert.setEnabled(editable && draft.isDirty());
	}

	/** The tree's keys. */
	void keyPressed(KeyEvent event) {
		var alt = (event.stateMask & SWT.ALT) != 0;
		IAction action = null;
		if (event.keyCode == SWT.INSERT) {
			action = add;
		} else if (event.keyCode == SWT.DEL) {
			action = remove;
		} else if (alt && event.keyCode == SWT.ARROW_UP) {
			action = up;
		} else if (alt && event.keyCode == SWT.ARROW_DOWN) {
			action = down;
		} else if (alt && event.keyCode == SWT.ARROW_RIGHT) {
			action = indent;
		} else if (alt && event.keyCode == SWT.ARROW_LEFT) {
			action = outdent;
		}
		if (action != null) {
			event.doit = false;
			if (action.isEnabled()) {
				action.run();
			}
		}
	}
}
