package dev.piassistant.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StyleRunsTest {

	private static final int STRONG = SpanStyle.STRONG.bit();
	private static final int EMPHASIS = SpanStyle.EMPHASIS.bit();
	private static final int QUOTE = SpanStyle.QUOTE.bit();
	private static final int LINK = SpanStyle.LINK.bit();

	@Test
	void overlappingSpansAreCutAtEveryBoundary() {
		var runs = StyleRuns.of(List.of(new StyleSpan(0, 10, SpanStyle.QUOTE, null), new StyleSpan(2, 5, SpanStyle.STRONG, null),
				new StyleSpan(4, 3, SpanStyle.EMPHASIS, null)));
		assertEquals(List.of(new StyleRun(0, 2, QUOTE, null), new StyleRun(2, 2, QUOTE | STRONG, null),
				new StyleRun(4, 3, QUOTE | STRONG | EMPHASIS, null), new StyleRun(7, 3, QUOTE, null)), runs);
	}

	@Test
	void gapsStayUnstyledAndTouchingSpansOfOneStyleJoin() {
		var runs = StyleRuns.of(List.of(new StyleSpan(0, 2, SpanStyle.STRONG, null), new StyleSpan(2, 2, SpanStyle.STRONG, null),
				new StyleSpan(6, 1, SpanStyle.EMPHASIS, null)));
		assertEquals(List.of(new StyleRun(0, 4, STRONG, null), new StyleRun(6, 1, EMPHASIS, null)), runs);
	}

	@Test
	void adjacentLinksKeepTheirOwnTargets() {
		var runs = StyleRuns.of(List.of(new StyleSpan(0, 3, SpanStyle.LINK, "a"), new StyleSpan(3, 3, SpanStyle.LINK, "b")));
		assertEquals(List.of(new StyleRun(0, 3, LINK, "a"), new StyleRun(3, 3, LINK, "b")), runs);
	}
}
