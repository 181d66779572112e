/**
 * The agent loop. For now a conversation: each task sends the session's history to the chosen model and
 * streams the answer, recording every step in the event log, which stays the one source of truth.
 */
package dev.piassistant.planning.internal;
