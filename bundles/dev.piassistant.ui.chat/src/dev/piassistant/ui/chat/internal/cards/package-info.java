/**
 * The transcript's cards: one class per kind of item, each drawing its item and forwarding the user's
 * clicks to {@link dev.piassistant.ui.chat.internal.cards.CardActions}.
 */
@NonNullByDefault
package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jdt.annotation.NonNullByDefault;
