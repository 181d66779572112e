package dev.piassistant.ui.markdown;

/**
 * A code block in {@link MarkdownDocument#text()}, so that the view can offer to copy it.
 *
 * @param start    where the block starts in the text
 * @param length   how far it reaches in the text (inside a quote or list this includes the line prefixes)
 * @param language the first word of the fence's info string; empty when there is none
 * @param code     the code itself, without prefixes and without a trailing newline
 */
public record CodeBlock(int start, int length, String language, String code) {
}
