package dev.piassistant.ui.plan.internal.editor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Palette;
import dev.piassistant.ui.plan.internal.model.RevisionChanges;

/**
 * The plan's revisions, each with who made it, why, and what it changed; below, the difference between any
 * two (selecting a revision compares it with the one before).
 */
final class RevisionsPanel {

	private final Composite root;
	private final Table revisions;
	private final Combo from;
	private final Combo to;
	private final Table changes;
	private List<PlanRevision> shown = List.of();

	RevisionsPanel(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).spacing(6, 4).applyTo(root);
		revisions = table(List.of(Messages.Column_revision, Messages.Column_by, Messages.Column_why, Messages.Column_changes),
				new int[] { 40, 70, 260, 90 });
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(200, 110).applyTo(revisions);
		revisions.addListener(SWT.Selection, event -> compareWithPrevious(revisions.getSelectionIndex()));
		new Label(root, SWT.NONE).setText(Messages.Revisions_from);
		from = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		new Label(root, SWT.NONE).setText(Messages.Revisions_to);
		to = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		from.addListener(SWT.Selection, event -> showChanges());
		to.addListener(SWT.Selection, event -> showChanges());
		changes = table(List.of(Messages.Column_change, Messages.Column_step, Messages.Column_before, Messages.Column_after),
				new int[] { 80, 50, 180, 180 });
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(200, 110).applyTo(changes);
	}

	private Table table(List<String> titles, int[] widths) {
		var table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		for (int i = 0; i < titles.size(); i++) {
			var column = new TableColumn(table, SWT.LEFT);
			column.setText(titles.get(i));
			column.setWidth(widths[i]);
		}
		return table;
	}

	Composite control() {
		return root;
	}

	void show(List<PlanRevision> all) {
		if (all.equals(shown)) {
			return;
		}
		var grew = all.size() != shown.size();
		shown = List.copyOf(all);
		revisions.removeAll();
		from.removeAll();
		to.removeAll();
		Plan previous = Plan.EMPTY;
		for (var revision : all) {
			var item = new TableItem(revisions, SWT.NONE);
			var by = Messages.of("Author_", revision.author());
			item.setText(new String[] { String.valueOf(revision.number()), by,
					revision.reason().isBlank() && revision.number() == 1 ? Messages.Revisions_first : revision.reason(),
					RevisionChanges.summary(previous, revision.plan()) });
			previous = revision.plan();
			var label = NLS.bind(Messages.Revisions_label, revision.number(), by);
			from.add(label);
			to.add(label);
		}
		if (grew && !all.isEmpty()) {
			compareWithPrevious(all.size() - 1);
		} else {
			showChanges();
		}
	}

	private void compareWithPrevious(int index) {
		if (index < 0 || index >= shown.size()) {
			return;
		}
		revisions.setSelection(index);
		select(from, Math.max(0, index - 1));
		select(to, index);
		showChanges();
	}

	private void showChanges() {
		changes.removeAll();
		int a = from.getSelectionIndex();
		int b = to.getSelectionIndex();
		if (a < 0 || b < 0) {
			return;
		}
		var before = a == b && a == 0 ? Plan.EMPTY : shown.get(a).plan();
		var palette = new Palette(changes);
		for (var row : RevisionChanges.between(before, shown.get(b).plan())) {
			var item = new TableItem(changes, SWT.NONE);
			item.setText(new String[] { Messages.of("Change_", row.kind()), row.step().value(), row.before(), row.after() });
			if (row.kind() == RevisionChanges.Kind.REMOVED) {
				item.setForeground(palette.problem());
			} else if (row.kind() == RevisionChanges.Kind.ADDED) {
				item.setForeground(palette.success());
			}
		}
	}

	/** GTK shows a read-only combo's choice only once it has been drawn; the text is set too. */
	private static void select(Combo combo, int index) {
		combo.select(index);
		combo.setText(combo.getItem(index));
	}

	Table revisionTable() {
		return revisions;
	}

	Table changeTable() {
		return changes;
	}
}
