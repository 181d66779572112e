package dev.piassistant.ui.plan.internal.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Palette;
import dev.piassistant.ui.plan.internal.model.EntryStatus;
import dev.piassistant.ui.plan.internal.model.TimelineEntry;
import dev.piassistant.ui.plan.internal.model.TimelineFilter;
import dev.piassistant.ui.text.DurationText;

/**
 * Draws a task's actions as bars on a time axis, one lane per overlapping action, coloured by kind; a failed
 * or refused one outlined in red with a cross, one still open outlined dashed, the wait for approval lighter.
 * Drawn with SWT: JFreeChart's SWT bridge is not on Maven Central, and an AWT image per frame would neither
 * follow the theme's fonts nor take focus. Left and Right (Home, End) move between actions; a click or a key
 * selects one and its details show.
 */
final class TimelineCanvas {

	static final int AXIS = 24;
	static final int LANE = 26;
	private static final int BAR = 18;
	private static final int SIDE = 8;

	private final Canvas canvas;
	private final Consumer<Optional<TimelineEntry>> selected;
	private TimelineFilter.View view = new TimelineFilter.View(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), List.of());
	private Optional<String> selection = Optional.empty();

	TimelineCanvas(Composite parent, Consumer<Optional<TimelineEntry>> selected) {
		this.selected = selected;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT
				|| event.detail == SWT.TRAVERSE_TAB_PREVIOUS || event.detail == SWT.TRAVERSE_ESCAPE);
		canvas.addListener(SWT.FocusIn, event -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, event -> canvas.redraw());
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = current().map(TimelineCanvas::describe).orElse(Messages.Timeline_accessible);
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	void show(TimelineFilter.View shown) {
		view = shown;
		if (selection.isPresent() && current().isEmpty()) {
			selection = Optional.empty();
			selected.accept(Optional.empty());
		}
		canvas.redraw();
	}

	/** Height for all lanes. */
	int preferredHeight() {
		return AXIS + Math.max(1, view.lanes()) * LANE + 6;
	}

	void select(String key) {
		selection = Optional.of(key);
		canvas.redraw();
		selected.accept(current());
	}

	Optional<TimelineEntry> current() {
		return selection.flatMap(key -> view.entries().stream().filter(entry -> entry.key().equals(key)).findFirst());
	}

	List<TimelineEntry> entries() {
		return view.entries();
	}

	private void paint(GC gc) {
		var palette = new Palette(canvas);
		var area = canvas.getClientArea();
		gc.setBackground(palette.background());
		gc.fillRectangle(area);
		gc.setAntialias(SWT.ON);
		axis(gc, palette, area);
		for (var entry : view.entries()) {
			bar(gc, palette, entry, selection.filter(entry.key()::equals).isPresent());
		}
	}

	private void axis(GC gc, Palette palette, Rectangle area) {
		var span = Duration.between(view.start(), view.end()).toMillis();
		var step = tick(span, Math.max(1, (area.width - 2 * SIDE) / 90));
		gc.setForeground(palette.faint());
		for (int lane = 0; lane <= Math.max(1, view.lanes()); lane++) {
			gc.drawLine(0, AXIS + lane * LANE, area.width, AXIS + lane * LANE);
		}
		for (long t = 0; t <= span; t += step) {
			var x = x(view.start().plusMillis(t));
			gc.setForeground(palette.faint());
			gc.drawLine(x, AXIS - 4, x, area.height);
			gc.setForeground(palette.muted());
			gc.drawText(DurationText.of(Duration.ofMillis(t)), x + 2, 2, true);
		}
	}

	private static long tick(long spanMillis, int count) {
		long[] steps = { 100, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000 };
		for (var step : steps) {
			if (spanMillis / step <= count) {
				return step;
			}
		}
		return steps[steps.length - 1];
	}

	private void bar(GC gc, Palette palette, TimelineEntry entry, boolean isSelected) {
		var box = box(entry);
		gc.setBackground(palette.kind(entry.kind()));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 5, 5);
		if (entry.waitedUntil() != null || entry.status() == EntryStatus.WAITING) {
			var waitEnd = entry.waitedUntil() == null ? entry.end() : entry.waitedUntil();
			gc.setBackground(palette.faint());
			gc.setAlpha(150);
			gc.fillRectangle(box.x, box.y, Math.max(1, x(waitEnd) - box.x), box.height);
			gc.setAlpha(255);
		}
		if (entry.status().isProblem() || entry.status() == EntryStatus.CANCELLED) {
			gc.setForeground(entry.status() == EntryStatus.CANCELLED ? palette.muted() : palette.problem());
			gc.setLineWidth(2);
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 5, 5);
		} else if (entry.status().isOpen()) {
			gc.setForeground(palette.active());
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 5, 5);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		gc.setLineWidth(1);
		var label = (entry.status().isProblem() ? "\u2717 " : "") + entry.name();
		if (box.width > 24) {
			gc.setForeground(palette.isDark() ? palette.background() : canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawText(dev.piassistant.ui.plan.internal.Clip.of(gc, label, box.width - 8), box.x + 4, box.y + 2, true);
		}
		if (isSelected) {
			gc.setForeground(palette.foreground());
			gc.setLineStyle(canvas.isFocusControl() ? SWT.LINE_DOT : SWT.LINE_SOLID);
			gc.drawRectangle(box.x - 2, box.y - 2, box.width + 4, box.height + 4);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	private Rectangle box(TimelineEntry entry) {
		var left = x(entry.start().isBefore(view.start()) ? view.start() : entry.start());
		var right = x(entry.end().isAfter(view.end()) ? view.end() : entry.end());
		return new Rectangle(left, AXIS + entry.lane() * LANE + (LANE - BAR) / 2, Math.max(4, right - left), BAR);
	}

	private int x(Instant at) {
		var width = Math.max(1, canvas.getClientArea().width - 2 * SIDE);
		var span = Math.max(1, Duration.between(view.start(), view.end()).toMillis());
		return SIDE + (int) (Duration.between(view.start(), at).toMillis() * width / span);
	}

	private Optional<TimelineEntry> at(int px, int py) {
		return view.entries().stream().filter(entry -> {
			var box = box(entry);
			return new Rectangle(box.x - 2, box.y - 2, box.width + 4, box.height + 4).contains(px, py);
		}).reduce((first, second) -> second);
	}

	private void clicked(Event event) {
		canvas.setFocus();
		at(event.x, event.y).ifPresent(entry -> select(entry.key()));
	}

	private void hover(Event event) {
		var text = at(event.x, event.y).map(TimelineCanvas::describe).orElse(null);
		if (!java.util.Objects.equals(text, canvas.getToolTipText())) {
			canvas.setToolTipText(text);
		}
	}

	private void key(Event event) {
		var entries = view.entries();
		if (entries.isEmpty()) {
			return;
		}
		var index = current().map(entries::indexOf).orElse(-1);
		var next = switch (event.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> Math.min(entries.size() - 1, index + 1);
		case SWT.ARROW_LEFT, SWT.ARROW_UP -> Math.max(0, index - 1);
		case SWT.HOME -> 0;
		case SWT.END -> entries.size() - 1;
		default -> -1;
		};
		if (next >= 0) {
			select(entries.get(next).key());
		}
	}

	static String describe(TimelineEntry entry) {
		return NLS.bind(Messages.Timeline_describe, new Object[] { entry.name(), Messages.of("Kind_", entry.kind()),
				Messages.of("Entry_", entry.status()), DurationText.of(entry.duration()) });
	}
}
