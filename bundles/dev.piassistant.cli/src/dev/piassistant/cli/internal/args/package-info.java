/** The command line's grammar: commands, their options, and clear errors for what does not fit. */
@NonNullByDefault
package dev.piassistant.cli.internal.args;

import org.eclipse.jdt.annotation.NonNullByDefault;
