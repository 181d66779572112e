/** The MCP client: servers, their tools as the agent's tools, their resources and prompts. */
@NonNullByDefault
package dev.piassistant.tools.mcp.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
