/** The Plan editor: the step tree, its header with progress and review, revisions, step links and the graph. */
@NonNullByDefault
package dev.piassistant.ui.plan.internal.editor;

import org.eclipse.jdt.annotation.NonNullByDefault;
