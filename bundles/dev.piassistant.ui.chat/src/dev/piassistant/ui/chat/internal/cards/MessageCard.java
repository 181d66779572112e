package dev.piassistant.ui.chat.internal.cards;

/** A card that shows a message bubble (the user's or the model's). */
public interface MessageCard {

	MessageView message();
}
