package dev.piassistant.core.inference;

import java.util.List;
import java.util.Objects;

/**
 * The machine as the hardware probe saw it.
 *
 * @param os           the operating system, such as "Linux"
 * @param architecture the CPU architecture, such as "amd64"
 * @param cores        processors available to the JVM
 * @param memoryBytes  physical memory, or 0 where it cannot be read
 * @param heapBytes    the most the JVM's heap may grow to
 * @param gpus         the GPUs found, none on most laptops
 */
public record HardwareProfile(String os, String architecture, int cores, long memoryBytes, long heapBytes, List<GpuInfo> gpus) {

	public HardwareProfile {
		Objects.requireNonNull(os, "os");
		Objects.requireNonNull(architecture, "architecture");
		gpus = List.copyOf(gpus);
	}
}
