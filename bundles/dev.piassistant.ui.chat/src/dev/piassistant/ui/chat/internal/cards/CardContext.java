package dev.piassistant.ui.chat.internal.cards;

import dev.piassistant.ui.markdown.MarkdownStyler;

/**
 * What every card shares: the actions to forward clicks to, the markdown styler with its fonts, and a way
 * to have the transcript lay itself out again when a card opens or closes a section.
 */
public record CardContext(CardActions actions, MarkdownStyler styler, Runnable relayout) {
}
