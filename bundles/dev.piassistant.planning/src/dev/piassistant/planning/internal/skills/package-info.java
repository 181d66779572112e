/** Skills: folders with a SKILL.md the model is offered by description and loads in full when it needs one. */
@org.eclipse.jdt.annotation.NonNullByDefault
package dev.piassistant.planning.internal.skills;
