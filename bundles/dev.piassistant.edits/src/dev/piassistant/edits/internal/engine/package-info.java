/**
 * The edit engine, plain Java: applies what models write (search/replace blocks, unified diffs with wrong line
 * numbers or whitespace, whole files) to a file's text, tolerant where that is safe and refusing with a precise
 * reason where a match is ambiguous or weak, and turns the result into the hunks of a file change.
 */
@NonNullByDefault
package dev.piassistant.edits.internal.engine;

import org.eclipse.jdt.annotation.NonNullByDefault;
