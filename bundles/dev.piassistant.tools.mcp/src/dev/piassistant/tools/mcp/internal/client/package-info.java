/** Connections to MCP servers through the official SDK: start, time-outs, restarts, capped results. */
@NonNullByDefault
package dev.piassistant.tools.mcp.internal.client;

import org.eclipse.jdt.annotation.NonNullByDefault;
