package dev.piassistant.ui.training.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.piassistant.core.training.DatasetPreview;

/** The first rows of a dataset as read, a column each, with what each column holds in its header. */
final class PreviewTable {

	private final Composite box;
	private final Label caption;
	private final Table table;

	PreviewTable(Composite parent) {
		box = new Composite(parent, SWT.NONE);
		box.setLayout(new GridLayout());
		caption = new Label(box, SWT.NONE);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(box, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	void show(DatasetPreview data, String title) {
		caption.setText(title);
		table.removeAll();
		for (var column : table.getColumns()) {
			column.dispose();
		}
		for (var name : data.columns()) {
			var column = new TableColumn(table, SWT.NONE);
			var kind = data.kinds().get(name);
			column.setText(kind == null ? name : name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")");
			column.setWidth(110);
		}
		for (var row : data.rows()) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		box.layout(true, true);
	}

	int rows() {
		return table.getItemCount();
	}

	Composite control() {
		return box;
	}
}
