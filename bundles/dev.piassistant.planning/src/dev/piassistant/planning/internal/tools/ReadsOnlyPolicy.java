package dev.piassistant.planning.internal.tools;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.Risk;

/**
 * The policy in force while no other is installed: a grant of the tool or of its risk class allows a call;
 * otherwise reads run and everything else is asked (everything, step by step).
 */
public final class ReadsOnlyPolicy implements PermissionPolicy {

	public static final ReadsOnlyPolicy INSTANCE = new ReadsOnlyPolicy();

	static final String READS = "reads are allowed";
	static final String OTHERS = "only reads are allowed without asking";
	static final String STEP_BY_STEP = "step-by-step mode";

	private ReadsOnlyPolicy() {
	}

	@Override
	public Permission check(PermissionRequest request) {
		for (var grant : request.grantsInForce()) {
			if (covers(grant, request)) {
				return new Permission.Allow("granted: " + grant.target().spec());
			}
		}
		if (request.mode() == ApprovalMode.STEP_BY_STEP) {
			return new Permission.Ask(STEP_BY_STEP);
		}
		return request.risk() == Risk.READ ? new Permission.Allow(READS) : new Permission.Ask(OTHERS);
	}

	private static boolean covers(Grant grant, PermissionRequest request) {
		var target = grant.target();
		return target instanceof GrantTarget.AnyCall call && call.tool().equals(request.toolName())
				|| target instanceof GrantTarget.RiskClass risk && risk.risk() == request.risk();
	}
}
