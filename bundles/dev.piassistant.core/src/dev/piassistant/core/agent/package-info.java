/** The agent as the UI and the command line drive it: sessions, tasks, and live updates. */
package dev.piassistant.core.agent;
