/** Pi's and the IDE's tools served over MCP on this machine, from the IDE, as the user turns it on. */
@NonNullByDefault
package dev.piassistant.ui.internal.mcp;

import org.eclipse.jdt.annotation.NonNullByDefault;
