package dev.piassistant.core.tool;

/**
 * Decides whether a tool call runs, is asked or is refused, before the approval mode and the user's
 * grants are applied. Register one as an OSGi service; the one with the highest service ranking wins. With
 * none registered the agent allows reads and asks for everything else.
 */
public interface PermissionPolicy {

	Permission check(PermissionRequest request);
}
