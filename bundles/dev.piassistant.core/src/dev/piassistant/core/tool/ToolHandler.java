package dev.piassistant.core.tool;

/**
 * Runs a tool call. Called on the agent's worker thread with arguments already checked against the tool's
 * schema. A handler that throws has failed: the model is told the exception's message. Long work checks
 * {@link ToolContext#isCancelled()} or registers {@link ToolContext#onCancel(Runnable)}.
 */
@FunctionalInterface
public interface ToolHandler {

	ToolResult run(ToolInvocation invocation) throws Exception;
}
