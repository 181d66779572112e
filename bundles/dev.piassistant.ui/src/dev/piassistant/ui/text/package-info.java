/**
 * What Pi Assistant tells the user about failures, pauses and spending, in the user's words: core keeps
 * these as data ({@code ProviderError}, {@code TaskProblem}, {@code PauseReason}, {@code Spend}), the
 * views and pages explain them through these classes.
 */
@NonNullByDefault
package dev.piassistant.ui.text;

import org.eclipse.jdt.annotation.NonNullByDefault;
