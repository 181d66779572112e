package dev.piassistant.core.llm;

/**
 * One message of the conversation sent to a model: the instructions, what the user said, what the model
 * answered (text, thinking and tool calls), and what a tool returned.
 */
public sealed interface ChatMessage permits SystemMessage, UserMessage, AssistantMessage, ToolResultMessage {
}
