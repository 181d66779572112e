package dev.piassistant.ui.training.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns of a table viewer whose rows are of one type. */
final class Columns {

	private Columns() {
	}

	static <T> void add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
		var column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}
		});
	}
}
