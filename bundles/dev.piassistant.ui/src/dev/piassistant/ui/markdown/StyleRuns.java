package dev.piassistant.ui.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts overlapping spans into non-overlapping runs, as StyledText wants them. */
final class StyleRuns {

	private record Edge(int at, StyleSpan span, boolean opens) {
	}

	private final int[] open = new int[SpanStyle.values().length];
	private final List<StyleRun> runs = new ArrayList<>();
	private String url;

	private StyleRuns() {
	}

	static List<StyleRun> of(List<StyleSpan> spans) {
		var cutter = new StyleRuns();
		int from = 0;
		for (var edge : edges(spans)) {
			cutter.emit(from, edge.at());
			cutter.cross(edge);
			from = edge.at();
		}
		return cutter.runs;
	}

	private static List<Edge> edges(List<StyleSpan> spans) {
		var edges = new ArrayList<Edge>(spans.size() * 2);
		for (var span : spans) {
			edges.add(new Edge(span.start(), span, true));
			edges.add(new Edge(span.end(), span, false));
		}
		// Closing before opening at the same offset, so that adjacent links keep their own targets.
		edges.sort(Comparator.comparingInt(Edge::at).thenComparing(Edge::opens));
		return edges;
	}

	private void cross(Edge edge) {
		var style = edge.span().style();
		open[style.ordinal()] += edge.opens() ? 1 : -1;
		if (style == SpanStyle.LINK) {
			url = edge.opens() ? edge.span().url() : null;
		}
	}

	private void emit(int from, int to) {
		int styles = openStyles();
		if (to <= from || styles == 0) {
			return;
		}
		var run = new StyleRun(from, to - from, styles, (styles & SpanStyle.LINK.bit()) != 0 ? url : null);
		var last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
		if (last != null && run.continues(last)) {
			runs.set(runs.size() - 1, run.joinedTo(last));
		} else {
			runs.add(run);
		}
	}

	private int openStyles() {
		int styles = 0;
		for (var style : SpanStyle.values()) {
			styles |= open[style.ordinal()] > 0 ? style.bit() : 0;
		}
		return styles;
	}
}
