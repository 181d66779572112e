package dev.piassistant.ui.plan.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Palette;
import dev.piassistant.ui.plan.internal.Relayout;
import dev.piassistant.ui.plan.internal.model.DependencyGraph;

/**
 * The working steps as a graph, each below what it waits for, with the critical path drawn thick. Drawn with
 * SWT: no graph library is published on Maven Central (GEF Classic and Zest are not), and a plan has at most
 * a few dozen steps in a handful of layers. Arrow keys move between steps; the selection follows the tree's.
 */
final class GraphCanvas {

	private static final int NODE_WIDTH = 190;
	private static final int NODE_HEIGHT = 38;
	private static final int GAP_X = 24;
	private static final int GAP_Y = 30;
	private static final int MARGIN = 12;

	private final Composite root;
	private final Label summary;
	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private final Consumer<StepId> selected;
	private DependencyGraph graph = DependencyGraph.of(Plan.EMPTY);
	private Plan shown = Plan.EMPTY;
	private final Map<StepId, Rectangle> boxes = new HashMap<>();
	private Optional<StepId> selection = Optional.empty();

	GraphCanvas(Composite parent, Consumer<StepId> selected) {
		this.selected = selected;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
		summary = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		scroller = new ScrolledComposite(root, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		scroller.setContent(canvas);
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
		canvas.addListener(SWT.FocusIn, event -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, event -> canvas.redraw());
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = selection.flatMap(GraphCanvas.this::node).map(node -> node.step().description()).orElse(summary.getText());
			}
		});
	}

	Composite control() {
		return root;
	}

	void show(Plan plan, Optional<StepId> selectedStep) {
		if (plan.equals(shown) && selectedStep.equals(selection)) {
			return;
		}
		shown = plan;
		graph = DependencyGraph.of(plan);
		selection = selectedStep;
		var path = graph.criticalPath();
		var texts = new Relayout();
		texts.text(summary, path.isEmpty() ? Messages.Graph_allDone
				: NLS.bind(Messages.Graph_critical, path.size(), path.stream().map(StepId::value).collect(Collectors.joining(" \u2192 "))));
		texts.apply(root);
		layout();
		canvas.redraw();
	}

	private void layout() {
		boxes.clear();
		var perLayer = new HashMap<Integer, Integer>();
		graph.nodes().forEach(node -> perLayer.merge(node.layer(), 1, Integer::sum));
		var widest = perLayer.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		var width = MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * GAP_X;
		for (var node : graph.nodes()) {
			int inLayer = perLayer.get(node.layer());
			int layerWidth = inLayer * NODE_WIDTH + (inLayer - 1) * GAP_X;
			int x = (width - layerWidth) / 2 + node.column() * (NODE_WIDTH + GAP_X);
			int y = MARGIN + node.layer() * (NODE_HEIGHT + GAP_Y);
			boxes.put(node.step().id(), new Rectangle(x, y, NODE_WIDTH, NODE_HEIGHT));
		}
		canvas.setSize(width, MARGIN * 2 + Math.max(1, graph.layers()) * (NODE_HEIGHT + GAP_Y));
	}

	private void paint(GC gc) {
		var palette = new Palette(canvas);
		gc.setAntialias(SWT.ON);
		gc.setBackground(palette.background());
		gc.fillRectangle(canvas.getClientArea());
		for (var edge : graph.edges()) {
			var from = boxes.get(edge.from());
			var to = boxes.get(edge.to());
			if (from != null && to != null) {
				gc.setForeground(edge.critical() ? palette.critical() : palette.muted());
				gc.setLineWidth(edge.critical() ? 3 : 1);
				gc.setLineStyle(edge.explicit() ? SWT.LINE_SOLID : SWT.LINE_DOT);
				arrow(gc, from.x + from.width / 2, from.y + from.height, to.x + to.width / 2, to.y);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (var node : graph.nodes()) {
			var box = boxes.get(node.step().id());
			gc.setBackground(palette.faint());
			gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
			gc.setForeground(node.critical() ? palette.critical() : palette.state(node.step().state()));
			gc.setLineWidth(node.critical() ? 3 : 1);
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
			gc.setForeground(palette.state(node.step().state()));
			gc.drawText(StateMarkers.of(node.step().state()) + " " + node.step().id(), box.x + 8, box.y + 3, true);
			gc.setForeground(palette.foreground());
			gc.drawText(dev.piassistant.ui.plan.internal.Clip.of(gc, node.step().description(), box.width - 16), box.x + 8, box.y + 19, true);
			if (selection.filter(node.step().id()::equals).isPresent()) {
				gc.setForeground(palette.active());
				gc.setLineWidth(1);
				gc.setLineStyle(canvas.isFocusControl() ? SWT.LINE_DASH : SWT.LINE_SOLID);
				gc.drawRectangle(box.x - 3, box.y - 3, box.width + 6, box.height + 6);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		}
	}

	private static void arrow(GC gc, int x1, int y1, int x2, int y2) {
		gc.drawLine(x1, y1, x2, y2);
		var angle = Math.atan2(y2 - y1, x2 - x1);
		for (var side : new double[] { -0.45, 0.45 }) {
			gc.drawLine(x2, y2, (int) (x2 - 9 * Math.cos(angle + side)), (int) (y2 - 9 * Math.sin(angle + side)));
		}
	}

	private void clicked(Event event) {
		canvas.setFocus();
		boxes.forEach((id, box) -> {
			if (box.contains(event.x, event.y)) {
				choose(id);
			}
		});
	}

	private void key(Event event) {
		var nodes = graph.nodes();
		if (nodes.isEmpty()) {
			return;
		}
		int index = selection.map(id -> indexOf(nodes, id)).orElse(-1);
		if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_RIGHT) {
			choose(nodes.get(Math.min(nodes.size() - 1, index + 1)).step().id());
		} else if (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_LEFT) {
			choose(nodes.get(Math.max(0, index - 1)).step().id());
		}
	}

	private static int indexOf(List<DependencyGraph.Node> nodes, StepId id) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).step().id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private void choose(StepId id) {
		selection = Optional.of(id);
		canvas.redraw();
		selected.accept(id);
	}

	private Optional<DependencyGraph.Node> node(StepId id) {
		return graph.nodes().stream().filter(node -> node.step().id().equals(id)).findFirst();
	}

	DependencyGraph graph() {
		return graph;
	}

	Canvas canvas() {
		return canvas;
	}

	String summaryText() {
		return summary.getText();
	}
}
