package dev.piassistant.core.tool;

import java.util.List;

/**
 * The user's own permission rules and templates (kept in the user's Pi Assistant folder, so the IDE and the
 * command line share them), for the preference page; the permission policy applies them.
 */
public interface PermissionSettings {

	PermissionRules userRules();

	void setUserRules(PermissionRules rules);

	/** Every template: Pi Assistant's and the user's, a user's template replacing a built-in one of its name. */
	List<GrantTemplate> templates();

	/** Replaces the user's own templates. */
	void setUserTemplates(List<GrantTemplate> templates);
}
