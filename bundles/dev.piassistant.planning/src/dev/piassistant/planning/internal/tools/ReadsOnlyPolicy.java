package dev.piassistant.planning.internal.tools;

import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.Risk;

/** The policy in force while no other is installed: reads run, everything else is asked. */
public final class ReadsOnlyPolicy implements PermissionPolicy {

	public static final ReadsOnlyPolicy INSTANCE = new ReadsOnlyPolicy();

	static final String READS = "reads are allowed";
	static final String OTHERS = "only reads are allowed without asking";

	private ReadsOnlyPolicy() {
	}

	@Override
	public Permission check(PermissionRequest request) {
		return request.risk() == Risk.READ ? new Permission.Allow(READS) : new Permission.Ask(OTHERS);
	}
}
