package dev.piassistant.ui.markdown;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

/**
 * The three changes a render makes to a StyledText, each kept as small as the widget allows: a streamed
 * answer only grows at its end, and most frames leave earlier lines as they were.
 */
final class WidgetUpdate {

	private WidgetUpdate() {
	}

	/**
	 * Replaces only what follows the common prefix, which keeps the selection, when that is the smaller part:
	 * StyledText replaces a range several times slower than it sets the whole text. Either way the scroll
	 * position stays. Answers whether the text changed.
	 */
	static boolean text(StyledText widget, String text) {
		var old = widget.getText();
		if (old.equals(text)) {
			return false;
		}
		int common = commonPrefix(old, text);
		if (text.length() - common < common) {
			widget.replaceTextRange(common, old.length() - common, text.substring(common));
		} else {
			replaceAll(widget, text);
		}
		return true;
	}

	private static void replaceAll(StyledText widget, String text) {
		int top = widget.getTopIndex();
		widget.setText(text);
		widget.setTopIndex(top);
	}

	static void styles(StyledText widget, List<StyleRun> runs, RangeStyles looks) {
		var ranges = new int[runs.size() * 2];
		var styles = new StyleRange[runs.size()];
		var shared = new HashMap<StyleRun, StyleRange>();
		for (int i = 0; i < styles.length; i++) {
			var run = runs.get(i);
			ranges[2 * i] = run.start();
			ranges[2 * i + 1] = run.length();
			styles[i] = shared.computeIfAbsent(run.look(), looks::of);
		}
		widget.setStyleRanges(ranges, styles);
	}

	static void lineBackgrounds(StyledText widget, List<CodeBlock> blocks, Color background) {
		var code = new BitSet();
		for (var block : blocks) {
			code.set(widget.getLineAtOffset(block.start()), widget.getLineAtOffset(block.start() + block.length()) + 1);
		}
		for (int line = 0; line < widget.getLineCount(); line++) {
			var wanted = code.get(line) ? background : null;
			if (!Objects.equals(wanted, widget.getLineBackground(line))) {
				widget.setLineBackground(line, 1, wanted);
			}
		}
	}

	private static int commonPrefix(String a, String b) {
		int limit = Math.min(a.length(), b.length());
		int common = 0;
		while (common < limit && a.charAt(common) == b.charAt(common)) {
			common++;
		}
		// Never split a surrogate pair.
		return common > 0 && Character.isHighSurrogate(a.charAt(common - 1)) ? common - 1 : common;
	}
}
