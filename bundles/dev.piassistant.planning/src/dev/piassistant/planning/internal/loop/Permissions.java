package dev.piassistant.planning.internal.loop;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.planning.internal.context.Prompts;

/**
 * Asks the permission policy about a call, with what the call does and every grant that may reach it: those the
 * user gave in the session's answers and those given with the task. A policy that fails, or a tool that cannot
 * say what a call does, makes the call asked, never allowed.
 */
final class Permissions {

	private Permissions() {
	}

	/** What the call does, as its tool says; null when the tool could not say. */
	static @Nullable List<Access> accesses(Tool tool, JsonNode arguments) {
		try {
			return tool.accesses().of(arguments);
		} catch (RuntimeException e) {
			System.getLogger(Permissions.class.getName()).log(System.Logger.Level.WARNING,
					"The tool " + tool.name() + " could not say what a call does", e);
			return null;
		}
	}

	static Permission check(TaskContext context, Tool tool, JsonNode arguments, @Nullable List<Access> accesses) {
		if (accesses == null) {
			return new Permission.Ask(Prompts.UNDESCRIBED_CALL);
		}
		var request = new PermissionRequest(context.session, context.task, tool.name(), tool.risk(), arguments, accesses,
				grants(context), context.settings.mode(), context.services.workspace(), context.recorder.now());
		try {
			return context.services.policy().get().check(request);
		} catch (RuntimeException e) {
			System.getLogger(Permissions.class.getName()).log(System.Logger.Level.ERROR, "The permission policy failed", e);
			return new Permission.Ask(Prompts.POLICY_FAILED);
		}
	}

	private static List<Grant> grants(TaskContext context) {
		var grants = new ArrayList<>(context.facts().grants());
		for (var target : context.settings.grants()) {
			grants.add(new Grant(target, GrantScope.TASK, context.task, null, Grant.BY_TASK));
		}
		return grants;
	}
}
