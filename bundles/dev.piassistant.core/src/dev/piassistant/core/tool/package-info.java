/**
 * The tool API: what the agent can do. Tools come from {@link dev.piassistant.core.tool.ToolProvider}
 * services; the {@link dev.piassistant.core.tool.ToolRegistry} collects them as providers come and go,
 * and the {@link dev.piassistant.core.tool.PermissionPolicy} decides which calls run, which are asked
 * and which are refused.
 */
@NonNullByDefault
package dev.piassistant.core.tool;

import org.eclipse.jdt.annotation.NonNullByDefault;
