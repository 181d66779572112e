/** Hooks: commands the user configures to run at points of a task, told what happens as JSON on stdin. */
@org.eclipse.jdt.annotation.NonNullByDefault
package dev.piassistant.planning.internal.hooks;
