package dev.piassistant.core.inference;

import java.time.Instant;
import java.util.Objects;

/**
 * A model in memory, ready to predict.
 *
 * @param key       which model
 * @param device    where it is
 * @param bytes     what its parameters take
 * @param loadedAt  when it was loaded (or last moved)
 * @param lastUsed  when it last predicted; idle models are unloaded
 * @param placement why it is on that device
 */
public record LoadedModel(ModelKey key, Device device, long bytes, Instant loadedAt, Instant lastUsed, Placement.Reason placement) {

	public LoadedModel {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(loadedAt, "loadedAt");
		Objects.requireNonNull(lastUsed, "lastUsed");
		Objects.requireNonNull(placement, "placement");
	}
}
