package dev.piassistant.core.agent;

import java.util.List;
import java.util.Objects;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.tool.GrantTarget;

/**
 * How a task runs.
 *
 * @param model  the model the user chose
 * @param pinned whether every call goes to that model; otherwise the router may pick a smaller or larger
 *               configured model per step
 * @param grants what the user allowed for the whole task when starting it ({@code pi run --allow ...})
 */
public record TaskSettings(ApprovalMode mode, ModelRef model, boolean pinned, Limits limits, List<GrantTarget> grants) {

	public TaskSettings {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(model, "model");
		limits = limits == null ? Limits.DEFAULT : limits;
		grants = grants == null ? List.of() : List.copyOf(grants);
	}

	public TaskSettings(ApprovalMode mode, ModelRef model, boolean pinned, Limits limits) {
		this(mode, model, pinned, limits, List.of());
	}

	public TaskSettings withGrants(List<GrantTarget> taskGrants) {
		return new TaskSettings(mode, model, pinned, limits, taskGrants);
	}

	public static TaskSettings defaults(ModelRef model) {
		return new TaskSettings(ApprovalMode.AUTO, model, false, Limits.DEFAULT);
	}
}
