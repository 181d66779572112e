package dev.piassistant.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownDocumentTest {

	@Test
	void paragraphsAreSeparatedByOneBlankLine() {
		assertEquals("One.\n\nTwo.", text("One.\n\n\n\nTwo.\n"));
	}

	@Test
	void softAndHardBreaksStayLineBreaks() {
		assertEquals("soft\nhard\nbackslash\nend", text("soft\nhard  \nbackslash\\\nend"));
	}

	@ParameterizedTest
	@CsvSource({ "# Title, HEADING_1", "## Title, HEADING_2", "### Title, HEADING_3", "###### Title, HEADING_3",
			"Title\\n=====, HEADING_1" })
	void headingsShowTheirTextInTheStyleOfTheirLevel(String markdown, SpanStyle style) {
		var document = MarkdownDocument.parse(markdown.replace("\\n", "\n"));
		assertEquals("Title", document.text());
		assertEquals(List.of(new StyleSpan(0, 5, style, null)), document.spans());
	}

	@Test
	void aHeadingIsSetOffFromWhatFollows() {
		assertEquals("Title\n\ntext", text("# Title\ntext"));
	}

	@Test
	void nestedEmphasisBecomesOverlappingSpans() {
		var document = MarkdownDocument.parse("a **bold *both*** _it_");
		assertEquals("a bold both it", document.text());
		assertEquals(List.of(new StyleSpan(2, 9, SpanStyle.STRONG, null), new StyleSpan(7, 4, SpanStyle.EMPHASIS, null),
				new StyleSpan(12, 2, SpanStyle.EMPHASIS, null)), document.spans());
	}

	@Test
	void inlineCodeLosesItsBackticks() {
		var document = MarkdownDocument.parse("call ``a`b`` now");
		assertEquals("call a`b now", document.text());
		assertEquals(List.of(new StyleSpan(5, 3, SpanStyle.CODE, null)), document.spans());
	}

	@Test
	void aFencedCodeBlockIsVerbatimWithItsLanguage() {
		var code = "if (a) {\n\treturn  *b*;\n}\n\n// end";
		var document = MarkdownDocument.parse("Before:\n\n```java title=\"X\"\n" + code + "\n\n```\nAfter.");
		assertEquals("Before:\n\n" + code + "\n\nAfter.", document.text());
		assertEquals(List.of(new CodeBlock(9, code.length(), "java", code)), document.codeBlocks());
		assertEquals(List.of(new StyleSpan(9, code.length(), SpanStyle.CODE_BLOCK, null)), document.spans());
	}

	@Test
	void anIndentedCodeBlockHasNoLanguage() {
		var document = MarkdownDocument.parse("Run:\n\n    mvn verify\n      -o\n");
		assertEquals("Run:\n\nmvn verify\n  -o", document.text());
		assertEquals(List.of(new CodeBlock(6, 15, "", "mvn verify\n  -o")), document.codeBlocks());
	}

	@Test
	void bulletListsUseBulletsAndNestTwoSpacesDeeper() {
		assertEquals("• a\n• b\n  • c\n    • d\n• e", text("- a\n- b\n  * c\n    + d\n- e"));
	}

	@Test
	void orderedListsAreNumberedFromTheirStart() {
		assertEquals("3. three\n4. four\n  1. sub", text("3. three\n4. four\n   1. sub"));
	}

	@Test
	void looseListItemsAreSetOffByBlankLinesAndContinueIndented() {
		assertEquals("• first\n\n  more\n\n• second", text("- first\n\n  more\n\n- second"));
	}

	@Test
	void aBlockQuoteHasABarOnEveryLineAndIsMuted() {
		var document = MarkdownDocument.parse("Said:\n\n> one\n> two\n>\n> three\n\nDone.");
		var quote = "│ one\n│ two\n│\n│ three";
		assertEquals("Said:\n\n" + quote + "\n\nDone.", document.text());
		assertEquals(List.of(new StyleSpan(7, quote.length(), SpanStyle.QUOTE, null)), document.spans());
	}

	@Test
	void containersNest() {
		assertEquals("• │ quoted\n  │\n  │ │ deeper\n• code\n  line", text("- > quoted\n  >> deeper\n- ```\n  code\n  line\n  ```"));
	}

	@Test
	void codeInsideAQuoteKeepsItsOwnTextWithoutBars() {
		var document = MarkdownDocument.parse("> ```\n> a\n> b\n> ```");
		assertEquals("│ a\n│ b", document.text());
		assertEquals(List.of(new CodeBlock(2, 5, "", "a\nb")), document.codeBlocks());
	}

	@Test
	void aLinkShowsItsTextAndKeepsItsTarget() {
		var document = MarkdownDocument.parse("See [the docs](https://example.com/a \"title\") or <https://b.org>.");
		assertEquals("See the docs or https://b.org.", document.text());
		assertEquals(List.of(new StyleSpan(4, 8, SpanStyle.LINK, "https://example.com/a"),
				new StyleSpan(16, 13, SpanStyle.LINK, "https://b.org")), document.spans());
	}

	@Test
	void anImageShowsItsDescriptionAsALink() {
		var document = MarkdownDocument.parse("![a chart](chart.png)");
		assertEquals("a chart", document.text());
		assertEquals("chart.png", document.spans().get(0).url());
	}

	@Test
	void aThematicBreakIsALine() {
		var text = text("above\n\n---\n\nbelow");
		assertTrue(text.matches("above\n\n─{10,}\n\nbelow"), text);
	}

	@Test
	void htmlIsShownLiterally() {
		assertEquals("<div>\nblock\n</div>\n\nan <b>inline</b> tag", text("<div>\nblock\n</div>\n\nan <b>inline</b> tag"));
	}

	@Test
	void unclosedFenceIsCodeUpToTheEndWhileStreaming() {
		var code = "print(1)\nprint(\"**not bold";
		var document = MarkdownDocument.parse("Here:\n\n```python\n" + code);
		assertEquals("Here:\n\n" + code, document.text());
		assertEquals(List.of(new CodeBlock(7, code.length(), "python", code)), document.codeBlocks());
	}

	@Test
	void aFenceWithNoCodeYetShowsNothing() {
		var document = MarkdownDocument.parse("Here:\n\n```jav");
		assertEquals("Here:", document.text());
		assertTrue(document.codeBlocks().isEmpty());
	}

	@Test
	void halfTypedMarkupStaysLiteral() {
		assertEquals("some **bold and [a link](http://exa", text("some **bold and [a link](http://exa"));
		assertTrue(MarkdownDocument.parse("some **bold").spans().isEmpty());
	}

	@Test
	void everyPrefixOfAnAnswerRendersAsItStreams() {
		for (int end = 0; end <= Samples.ANSWER.length(); end++) {
			assertWellFormed(MarkdownDocument.parse(Samples.ANSWER.substring(0, end)));
		}
	}

	@Test
	void randomSlicesOfALongAnswerNeverBreakTheDocument() {
		var random = new java.util.Random(20240601);
		var source = Samples.LONG_ANSWER;
		for (int i = 0; i < 3000; i++) {
			int a = random.nextInt(source.length() + 1);
			int b = random.nextInt(source.length() + 1);
			assertWellFormed(MarkdownDocument.parse(source.substring(Math.min(a, b), Math.max(a, b))));
		}
	}

	@Test
	void randomMarkupNeverBreaksTheDocument() {
		var random = new java.util.Random(7);
		var alphabet = "*_`#>-+.1) []()!<>\n\n  \t~|\\:=hx\r\u0000\uD83D\uDE00";
		for (int i = 0; i < 3000; i++) {
			var markdown = new StringBuilder();
			for (int n = random.nextInt(80); n > 0; n--) {
				markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertWellFormed(MarkdownDocument.parse(markdown.toString()));
		}
	}

	@Test
	void hostileInputFallsBackToTheRawText() {
		var deep = ">".repeat(100_000) + " x";
		assertWellFormed(MarkdownDocument.parse(deep));
		assertEquals("", MarkdownDocument.parse(null).text());
	}

	@Test
	void onlyLinksCarryATarget() {
		var document = MarkdownDocument.parse(Samples.ANSWER);
		document.spans().forEach(span -> {
			if (span.style() != SpanStyle.LINK) {
				assertNull(span.url(), span::toString);
			}
		});
	}

	@Test
	void tablesShowAsAlignedColumnsInTheTextFontUnderABoldHeader() {
		var document = MarkdownDocument.parse("| Name | Size |\n|------|-----:|\n| a.txt | 12 |\n| long-name.java | 3 |\n");
		assertEquals(String.join("\n",
				"Name           \u2502 Size",
				"\u2500".repeat(14) + "\u2500\u253c\u2500" + "\u2500".repeat(4),
				"a.txt          \u2502   12",
				"long-name.java \u2502    3"), document.text());
		assertTrue(document.spans().contains(new StyleSpan(0, document.text().length(), SpanStyle.TABLE, null)), document.spans()::toString);
		assertTrue(document.spans().contains(new StyleSpan(0, "Name           \u2502 Size".length(), SpanStyle.STRONG, null)),
				document.spans()::toString);
		assertWellFormed(document);
	}

	@Test
	void strikethroughAndTaskListsAsOnGitHub() {
		var document = MarkdownDocument.parse("~~old~~ new\n\n- [x] done\n- [ ] to do\n");
		assertEquals("old new\n\n\u2611 done\n\u2610 to do", document.text());
		assertEquals(new StyleSpan(0, 3, SpanStyle.STRIKETHROUGH, null), document.spans().get(0));
	}

	private static String text(String markdown) {
		return MarkdownDocument.parse(markdown).text();
	}

	private static void assertWellFormed(MarkdownDocument document) {
		int length = document.text().length();
		for (var span : document.spans()) {
			assertTrue(span.start() >= 0 && span.length() > 0 && span.end() <= length, span::toString);
		}
		for (var block : document.codeBlocks()) {
			assertTrue(block.start() >= 0 && block.start() + block.length() <= length, block::toString);
		}
		StyleRuns.of(document.spans()).forEach(run -> assertTrue(run.length() > 0 && run.end() <= length));
	}
}
