package dev.piassistant.ui.plan.internal.timeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Palette;
import dev.piassistant.ui.plan.internal.model.TimelineFilter;
import dev.piassistant.ui.plan.internal.model.ToolKind;

/**
 * The timeline's filters: a check box per kind (its colour beside it, so the boxes are the legend too), the
 * outcomes to show, and the span of time in seconds from the task's start (0 to 0 for all of it).
 */
final class FilterBar {

	private final Composite root;
	private final Map<ToolKind, Button> kinds = new EnumMap<>(ToolKind.class);
	private final Combo outcomes;
	private final Spinner from;
	private final Spinner to;
	private final Consumer<TimelineFilter> changed;
	private TimelineFilter filter = TimelineFilter.ALL;

	FilterBar(Composite parent, Consumer<TimelineFilter> changed) {
		this.changed = changed;
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(8).margins(6, 4).center(true).applyTo(root);
		var palette = new Palette(root);
		for (var kind : ToolKind.values()) {
			var box = new Button(root, SWT.CHECK);
			box.setText(Messages.of("Kind_", kind));
			box.setImage(swatch(palette, kind));
			box.setSelection(true);
			box.addListener(SWT.Selection, event -> update());
			kinds.put(kind, box);
		}
		new Label(root, SWT.NONE).setText(Messages.Filter_outcomes);
		outcomes = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (var each : TimelineFilter.Outcomes.values()) {
			outcomes.add(Messages.of("Outcomes_", each));
		}
		outcomes.select(0);
		outcomes.addListener(SWT.Selection, event -> update());
		new Label(root, SWT.NONE).setText(Messages.Filter_from);
		from = seconds();
		new Label(root, SWT.NONE).setText(Messages.Filter_to);
		to = seconds();
		to.setToolTipText(Messages.Filter_toTooltip);
	}

	private Spinner seconds() {
		var spinner = new Spinner(root, SWT.BORDER);
		spinner.setValues(0, 0, 86_400, 0, 1, 10);
		spinner.addListener(SWT.Modify, event -> update());
		return spinner;
	}

	private Image swatch(Palette palette, ToolKind kind) {
		var image = new Image(root.getDisplay(), 12, 12);
		var gc = new GC(image);
		gc.setBackground(palette.kind(kind));
		gc.fillRectangle(0, 0, 12, 12);
		gc.dispose();
		root.addListener(SWT.Dispose, event -> image.dispose());
		return image;
	}

	private void update() {
		var shown = EnumSet.noneOf(ToolKind.class);
		kinds.forEach((kind, box) -> {
			if (box.getSelection()) {
				shown.add(kind);
			}
		});
		var start = from.getSelection() == 0 ? null : Duration.ofSeconds(from.getSelection());
		var end = to.getSelection() == 0 ? null : Duration.ofSeconds(to.getSelection());
		filter = new TimelineFilter(shown, TimelineFilter.Outcomes.values()[Math.max(0, outcomes.getSelectionIndex())], start, end);
		changed.accept(filter);
	}

	TimelineFilter filter() {
		return filter;
	}

	Composite control() {
		return root;
	}

	Button kind(ToolKind kind) {
		return kinds.get(kind);
	}

	Combo outcomes() {
		return outcomes;
	}

	Spinner from() {
		return from;
	}

	Spinner to() {
		return to;
	}
}
