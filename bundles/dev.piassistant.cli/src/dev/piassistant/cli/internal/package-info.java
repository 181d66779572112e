/**
 * The command line: {@code pi run}, {@code pi resume} and {@code pi help} as an Equinox application that
 * drives the agent through the core API, renders its events on the terminal or as JSON lines, and answers
 * its questions from flags, the project profile or the terminal.
 */
@NonNullByDefault
package dev.piassistant.cli.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
