package dev.piassistant.core.inference;

import java.util.Locale;
import java.util.Objects;

/**
 * A device a model can run on: the CPU, or a GPU by its index.
 *
 * @param kind  CPU or GPU
 * @param index the GPU's index; 0 for the CPU
 */
public record Device(Kind kind, int index) {

	public static final Device CPU = new Device(Kind.CPU, 0);

	/** The kinds of device. */
	public enum Kind {
		CPU, GPU
	}

	public Device {
		Objects.requireNonNull(kind, "kind");
		if (index < 0 || kind == Kind.CPU && index != 0) {
			throw new IllegalArgumentException("no device " + kind + " " + index);
		}
	}

	public static Device gpu(int index) {
		return new Device(Kind.GPU, index);
	}

	public boolean isGpu() {
		return kind == Kind.GPU;
	}

	/** {@code cpu}, {@code gpu0}, {@code gpu1}...: how the device is named in the store and in settings. */
	public String id() {
		return isGpu() ? "gpu" + index : "cpu";
	}

	/** Reads an {@link #id()}. */
	public static Device parse(String id) {
		var text = id.trim().toLowerCase(Locale.ROOT);
		if (text.equals("cpu")) {
			return CPU;
		}
		if (text.startsWith("gpu")) {
			try {
				return gpu(text.length() == 3 ? 0 : Integer.parseInt(text.substring(3)));
			} catch (NumberFormatException e) {
				// falls through to the error below
			}
		}
		throw new IllegalArgumentException("not a device: '" + id + "' (cpu, gpu0, gpu1...)");
	}

	@Override
	public String toString() {
		return id();
	}
}
