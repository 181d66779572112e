/** Which MCP servers are configured: the user's file, projects' .mcp.json files and plug-ins. */
@NonNullByDefault
package dev.piassistant.tools.mcp.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
