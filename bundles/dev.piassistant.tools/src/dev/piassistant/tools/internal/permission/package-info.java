/**
 * The permission engine: decides each tool call by what it does (files, commands, hosts), the grants that reach
 * it, the project's and the user's rules and the approval mode. Commands are parsed, paths canonicalized.
 */
@NonNullByDefault
package dev.piassistant.tools.internal.permission;

import org.eclipse.jdt.annotation.NonNullByDefault;
