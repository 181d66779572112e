/** Pi's tools served over MCP, through the permission policy and the audit trail. */
@NonNullByDefault
package dev.piassistant.tools.mcp.internal.server;

import org.eclipse.jdt.annotation.NonNullByDefault;
