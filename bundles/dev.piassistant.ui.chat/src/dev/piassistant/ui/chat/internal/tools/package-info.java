/** The workbench's state as agent tools (and MCP tools when the IDE serves them): the open editors. */
@NonNullByDefault
package dev.piassistant.ui.chat.internal.tools;

import org.eclipse.jdt.annotation.NonNullByDefault;
