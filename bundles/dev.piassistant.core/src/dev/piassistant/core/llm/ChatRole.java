package dev.piassistant.core.llm;

/** Who said a message in a conversation sent to a model. */
public enum ChatRole {
	SYSTEM, USER, ASSISTANT
}
