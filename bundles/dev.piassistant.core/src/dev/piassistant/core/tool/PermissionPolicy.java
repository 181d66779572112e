package dev.piassistant.core.tool;

/**
 * Decides whether a tool call runs, is asked or is refused: by what the call does, the grants that reach it and
 * the approval mode. Register one as an OSGi service; the one with the highest service ranking wins. With none
 * registered the agent allows reads, asks for everything else, and applies grants per tool and risk class.
 */
public interface PermissionPolicy {

	Permission check(PermissionRequest request);
}
