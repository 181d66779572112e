/**
 * Markdown for the chat view: {@link dev.piassistant.ui.markdown.MarkdownDocument} renders markdown to text
 * and styles without a display, {@link dev.piassistant.ui.markdown.MarkdownStyler} shows that in a
 * StyledText.
 */
package dev.piassistant.ui.markdown;
