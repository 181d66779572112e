package dev.piassistant.core.agent;

import java.util.Objects;

import dev.piassistant.core.llm.ModelRef;

/**
 * How a task runs.
 *
 * @param model  the model the user chose
 * @param pinned whether every call goes to that model; otherwise the router may pick a smaller or larger
 *               configured model per step
 */
public record TaskSettings(ApprovalMode mode, ModelRef model, boolean pinned, Limits limits) {

	public TaskSettings {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(model, "model");
		limits = limits == null ? Limits.DEFAULT : limits;
	}

	public static TaskSettings defaults(ModelRef model) {
		return new TaskSettings(ApprovalMode.AUTO, model, false, Limits.DEFAULT);
	}
}
