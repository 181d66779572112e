/**
 * The append-only event log: what happened in each session, as typed records. The chat view, the
 * timeline, audit, crash resume and training traces all read this one source of truth.
 */
package dev.piassistant.core.event;
