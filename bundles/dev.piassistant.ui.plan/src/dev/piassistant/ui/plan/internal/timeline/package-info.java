/** The execution timeline view: a task's actions on a time axis, filtered, with each one's input and output. */
@NonNullByDefault
package dev.piassistant.ui.plan.internal.timeline;

import org.eclipse.jdt.annotation.NonNullByDefault;
