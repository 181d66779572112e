package dev.piassistant.core.inference;

import java.time.Instant;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Something that happened to a model's place, kept in the workspace database so that the user can see why a
 * model runs where it does.
 *
 * @param at     when
 * @param model  the model
 * @param kind   what happened
 * @param from   where it was, if anywhere
 * @param to     where it is now, if anywhere
 * @param detail the engine's own words, for an error
 */
public record DeviceEvent(Instant at, ModelKey model, Kind kind, @Nullable Device from, @Nullable Device to, String detail) {

	public DeviceEvent {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(detail, "detail");
	}

	/** The kinds of event. */
	public enum Kind {
		LOADED,
		MOVED,
		/** The GPU ran out of memory; the model moved to the CPU and the work was done there. */
		OUT_OF_MEMORY_FELL_BACK,
		UNLOADED_IDLE,
		UNLOADED
	}
}
