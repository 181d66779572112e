package dev.piassistant.inference.internal;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;

import javax.management.JMException;
import javax.management.ObjectName;

import dev.piassistant.core.inference.GpuInfo;
import dev.piassistant.core.inference.HardwareProfile;

/** Reads the machine: CPU architecture and cores, memory, and the GPUs {@code nvidia-smi} lists. */
public final class HardwareProbe {

	private final Supplier<List<GpuInfo>> gpus;

	public HardwareProbe(Supplier<List<GpuInfo>> gpus) {
		this.gpus = gpus;
	}

	public HardwareProfile probe() {
		return new HardwareProfile(System.getProperty("os.name", "unknown"), System.getProperty("os.arch", "unknown"),
				Runtime.getRuntime().availableProcessors(), physicalMemory(), Runtime.getRuntime().maxMemory(), gpus.get());
	}

	/**
	 * Read as a JMX attribute of the platform's operating system bean, which needs no import of the JDK's
	 * {@code com.sun.management} (not visible to OSGi bundles by default); 0 where the JVM does not offer it.
	 */
	static long physicalMemory() {
		try {
			var value = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName("java.lang:type=OperatingSystem"),
					"TotalMemorySize");
			return value instanceof Number number ? number.longValue() : 0;
		} catch (JMException | RuntimeException e) {
			return 0;
		}
	}
}
