package dev.piassistant.ui.plan.internal.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rules every step must respect: listed under the steps, added by typing one and pressing Enter. */
final class ConstraintsPanel {

	private final Composite root;
	private final org.eclipse.swt.widgets.List list;
	private final Text input;
	private final Button add;
	private final Button remove;

	ConstraintsPanel(Composite parent, Consumer<String> onAdd, IntConsumer onRemove) {
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(0, 4).spacing(6, 4).applyTo(root);
		var title = new Label(root, SWT.NONE);
		title.setText(dev.piassistant.ui.plan.internal.Messages.Constraints_title);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
		list = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, 48).applyTo(list);
		input = new Text(root, SWT.BORDER | SWT.SINGLE);
		input.setMessage(dev.piassistant.ui.plan.internal.Messages.Constraints_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(input);
		add = new Button(root, SWT.PUSH);
		add.setText(dev.piassistant.ui.plan.internal.Messages.Constraints_add);
		remove = new Button(root, SWT.PUSH);
		remove.setText(dev.piassistant.ui.plan.internal.Messages.Constraints_remove);
		Runnable adding = () -> {
			if (!input.getText().isBlank()) {
				onAdd.accept(input.getText());
				input.setText("");
			}
		};
		add.addListener(SWT.Selection, event -> adding.run());
		input.addListener(SWT.DefaultSelection, event -> adding.run());
		remove.addListener(SWT.Selection, event -> onRemove.accept(list.getSelectionIndex()));
		list.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				onRemove.accept(list.getSelectionIndex());
			}
		});
	}

	void show(List<String> constraints, boolean editable) {
		if (!List.of(list.getItems()).equals(constraints)) {
			list.setItems(constraints.toArray(String[]::new));
		}
		input.setEnabled(editable);
		add.setEnabled(editable);
		remove.setEnabled(editable && !constraints.isEmpty());
	}

	Text input() {
		return input;
	}

	String[] items() {
		return list.getItems();
	}
}
