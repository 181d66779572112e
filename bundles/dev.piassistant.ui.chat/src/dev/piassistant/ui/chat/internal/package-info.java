/**
 * The Agent view: a side-panel chat. It renders a session by replaying its events from the log, so what
 * is shown live and what is shown after a restart come from the same code.
 */
package dev.piassistant.ui.chat.internal;
