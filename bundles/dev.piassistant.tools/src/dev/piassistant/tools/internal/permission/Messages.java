package dev.piassistant.tools.internal.permission;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.tool.Risk;

/** The permission engine's words. */
final class Messages extends NLS {

	public static String Rule_reads;
	public static String Rule_readsInside;
	public static String Rule_risk;
	public static String Rule_changes;
	public static String Rule_readOutside;
	public static String Rule_maySecrets;
	public static String Rule_remoteGit;
	public static String Rule_dynamic;
	public static String Rule_commands;
	public static String Rule_opaque;
	public static String Rule_requests;
	public static String Rule_unreadable;
	public static String Rule_stepByStep;
	public static String Rule_grantedByUser;
	public static String Rule_grantedWithTask;
	public static String Rule_allowedByProfile;
	public static String Rule_allowedByUser;
	public static String Rule_deniedByProfile;
	public static String Rule_deniedByUser;
	public static String Rule_askedByProfile;
	public static String Rule_askedByUser;
	public static String Rule_toolNotAllowed;
	public static String Rule_profileBroken;
	public static String Scope_TASK;
	public static String Scope_SESSION;
	public static String Scope_TIMED;
	public static String Scope_ONCE;
	public static String Risk_READ;
	public static String Risk_WRITE;
	public static String Risk_EXECUTE;
	public static String Risk_NETWORK;
	public static String Danger_downloadRun;
	public static String Danger_scheme;
	public static String Danger_credential;
	public static String Danger_changeOutside;
	public static String Danger_protected;
	public static String Danger_privileged;
	public static String Danger_destructive;
	public static String Danger_variable;
	public static String Danger_deleteOutside;
	public static String Danger_gitProgram;
	public static String Danger_hiddenCommand;
	public static String Opaque_nested;
	public static String Opaque_subshell;
	public static String Opaque_function;
	public static String Opaque_compound;
	public static String Opaque_hereDocument;
	public static String Opaque_unclosed;
	public static String Opaque_unbalanced;
	public static String Opaque_case;

	static {
		NLS.initializeMessages("dev.piassistant.tools.internal.permission.messages", Messages.class);
	}

	private Messages() {
	}

	static String risk(Risk risk) {
		return switch (risk) {
			case READ -> Risk_READ;
			case WRITE -> Risk_WRITE;
			case EXECUTE -> Risk_EXECUTE;
			case NETWORK -> Risk_NETWORK;
		};
	}

	static String scope(GrantScope scope, String until) {
		return switch (scope) {
			case ONCE -> Scope_ONCE;
			case TASK -> Scope_TASK;
			case SESSION -> Scope_SESSION;
			case TIMED -> NLS.bind(Scope_TIMED, until);
		};
	}
}
