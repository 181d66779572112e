package dev.piassistant.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;

@ExtendWith(FailOnLoggedErrors.class)
class MarkdownStylerTest {

	private Shell shell;
	private StyledText widget;
	private final MarkdownStyler styler = new MarkdownStyler();

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		widget = newWidget();
		shell.setSize(600, 400);
		shell.open();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		styler.dispose();
	}

	@Test
	void applyingShowsTheRenderedText() {
		var document = MarkdownDocument.parse(Samples.ANSWER);
		styler.apply(widget, document);
		assertEquals(document.text(), widget.getText());
	}

	@Test
	void aCodeBlockIsInTheTextFontOnAFullLineBackground() {
		var document = apply("Look:\n\n```java\nint x;\nint y;\n```\n\nDone.");
		var block = document.codeBlocks().get(0);
		assertSame(JFaceResources.getTextFont(), widget.getStyleRangeAtOffset(block.start()).font);
		var background = widget.getLineBackground(2);
		assertNotNull(background);
		assertNotEquals(widget.getBackground(), background);
		assertEquals(background, widget.getLineBackground(3));
		assertNull(widget.getLineBackground(0));
		assertNull(widget.getLineBackground(5));
	}

	@Test
	void inlineCodeIsInTheTextFont() {
		apply("call `run()` now");
		assertSame(JFaceResources.getTextFont(), widget.getStyleRangeAtOffset(6).font);
		assertNull(widget.getStyleRangeAtOffset(1));
	}

	@Test
	void strongAndEmphasisSetTheFontStyle() {
		apply("**b** *i* ***bi***");
		assertEquals(SWT.BOLD, widget.getStyleRangeAtOffset(0).fontStyle);
		assertEquals(SWT.ITALIC, widget.getStyleRangeAtOffset(2).fontStyle);
		assertEquals(SWT.BOLD | SWT.ITALIC, widget.getStyleRangeAtOffset(4).fontStyle);
	}

	@Test
	void headingsAreLargerAndBoldAndShrinkByLevel() {
		apply("# One\n\n## Two\n\n### Three");
		int base = widget.getFont().getFontData()[0].getHeight();
		int one = headingHeight(0);
		int two = headingHeight(5);
		int three = headingHeight(10);
		assertTrue(one > two && two > three && three > base, one + " " + two + " " + three + " " + base);
	}

	@Test
	void aLinkIsUnderlinedInTheLinkColourAndFoundByOffset() {
		apply("See [the docs](https://example.com/docs) now.");
		var style = widget.getStyleRangeAtOffset(5);
		assertEquals(SWT.UNDERLINE_LINK, style.underlineStyle);
		assertNotNull(style.foreground);
		assertEquals("https://example.com/docs", styler.linkAt(widget, 4));
		assertEquals("https://example.com/docs", styler.linkAt(widget, 11));
		assertNull(styler.linkAt(widget, 12));
		assertNull(styler.linkAt(widget, -1));
		assertNull(styler.linkAt(widget, widget.getCharCount()));
	}

	@Test
	void aQuoteIsMuted() {
		apply("> quoted");
		var muted = widget.getStyleRangeAtOffset(3).foreground;
		assertNotNull(muted);
		assertNotEquals(widget.getForeground(), muted);
	}

	@Test
	void codeBackgroundsSuitADarkTheme() {
		widget.setBackground(new Color(20, 20, 20));
		widget.setForeground(new Color(230, 230, 230));
		apply("```\ncode\n```");
		var background = widget.getLineBackground(0).getRGB();
		assertTrue(background.red > 20 && background.red < 60, background::toString);
	}

	@Test
	void streamingFrameByFrameEndsLikeRenderingOnce() {
		for (int end = 0; end <= Samples.ANSWER.length(); end += 7) {
			styler.apply(widget, MarkdownDocument.parse(Samples.ANSWER.substring(0, end)));
		}
		styler.apply(widget, MarkdownDocument.parse(Samples.ANSWER));
		var once = newWidget();
		styler.apply(once, MarkdownDocument.parse(Samples.ANSWER));
		assertEquals(once.getText(), widget.getText());
		assertArrayEquals(once.getStyleRanges(), widget.getStyleRanges());
		for (int line = 0; line < once.getLineCount(); line++) {
			assertEquals(once.getLineBackground(line), widget.getLineBackground(line), "line " + line);
		}
	}

	@Test
	void aCodeBlockThatTurnsIntoTextLosesItsBackground() {
		apply("```\ncode\n```");
		apply("code");
		assertNull(widget.getLineBackground(0));
		assertEquals(0, widget.getStyleRanges().length);
	}

	@Test
	void applyingTheSameDocumentAgainLeavesTheWidgetAlone() {
		var document = apply(Samples.ANSWER);
		var changes = new AtomicInteger();
		widget.addModifyListener(event -> changes.incrementAndGet());
		styler.apply(widget, MarkdownDocument.parse(Samples.ANSWER));
		styler.apply(widget, document);
		assertEquals(0, changes.get());
	}

	@Test
	void applyingAgainAfterTheTextWasReplacedElsewhereRestoresTheDocument() {
		var document = apply("# Title\n\n```\ncode\n```");
		widget.setText("");
		styler.apply(widget, document);
		assertEquals(document.text(), widget.getText());
		assertNotNull(widget.getStyleRangeAtOffset(0));
		assertNotNull(widget.getLineBackground(2));
	}

	@Test
	void growingTextKeepsTheScrollPosition() {
		apply(Samples.LONG_ANSWER.substring(0, 5000));
		widget.setTopIndex(20);
		apply(Samples.LONG_ANSWER);
		assertEquals(20, widget.getTopIndex());
	}

	@Test
	void aChangeNearTheStartKeepsTheScrollPosition() {
		apply(Samples.LONG_ANSWER);
		widget.setTopIndex(20);
		apply("Preface.\n\n" + Samples.LONG_ANSWER);
		assertEquals(20, widget.getTopIndex());
	}

	@Test
	void disposingReleasesTheFontsTheStylerMade() {
		apply("# Heading");
		var font = widget.getStyleRangeAtOffset(0).font;
		shell.dispose();
		styler.dispose();
		assertTrue(font.isDisposed());
		assertFalse(JFaceResources.getTextFont().isDisposed(), "the shared text font stays");
		assertThrows(IllegalStateException.class, () -> styler.apply(widget, MarkdownDocument.parse("x")));
	}

	private MarkdownDocument apply(String markdown) {
		var document = MarkdownDocument.parse(markdown);
		styler.apply(widget, document);
		return document;
	}

	private StyledText newWidget() {
		return new StyledText(shell, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
	}

	private int headingHeight(int offset) {
		var font = widget.getStyleRangeAtOffset(offset).font;
		assertEquals(SWT.BOLD, font.getFontData()[0].getStyle() & SWT.BOLD);
		return font.getFontData()[0].getHeight();
	}
}
