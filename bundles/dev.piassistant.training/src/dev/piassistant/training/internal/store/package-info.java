/** The training bundle's tables in the workspace database: runs, their epochs, and deployed models. */
@NonNullByDefault
package dev.piassistant.training.internal.store;

import org.eclipse.jdt.annotation.NonNullByDefault;
