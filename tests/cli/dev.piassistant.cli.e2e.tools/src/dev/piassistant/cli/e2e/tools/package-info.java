/** Tools for the command line's end-to-end tests only; never part of a product or the update site. */
@NonNullByDefault
package dev.piassistant.cli.e2e.tools;

import org.eclipse.jdt.annotation.NonNullByDefault;
