package dev.piassistant.core.tool;

import java.util.List;

/**
 * Standing rules, of a project ({@code .pi-assistant.toml}) or of the user (preferences): what is allowed without
 * asking, what is always asked, and what is refused. Refusals win over asks, asks over allows; nothing allows
 * what the permission policy itself denies.
 */
public record PermissionRules(List<GrantTarget> allow, List<GrantTarget> ask, List<GrantTarget> deny) {

	public static final PermissionRules NONE = new PermissionRules(List.of(), List.of(), List.of());

	public PermissionRules {
		allow = allow == null ? List.of() : List.copyOf(allow);
		ask = ask == null ? List.of() : List.copyOf(ask);
		deny = deny == null ? List.of() : List.copyOf(deny);
	}

	public boolean isEmpty() {
		return allow.isEmpty() && ask.isEmpty() && deny.isEmpty();
	}
}
