/**
 * The Model Context Protocol: the MCP servers Pi uses (their state, resources and prompts) and Pi's own tools
 * served over MCP.
 */
@NonNullByDefault
package dev.piassistant.core.mcp;

import org.eclipse.jdt.annotation.NonNullByDefault;
