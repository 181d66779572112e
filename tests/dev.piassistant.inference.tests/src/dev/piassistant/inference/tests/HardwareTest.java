package dev.piassistant.inference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceCapability.Unusable;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.GpuInfo;
import dev.piassistant.core.inference.HardwareProfile;
import dev.piassistant.inference.internal.Capabilities;
import dev.piassistant.inference.internal.HardwareProbe;
import dev.piassistant.inference.internal.NvidiaSmi;

/** The hardware probe on this machine, the driver tool's output, and the capability matrix built from both. */
class HardwareTest {

	private static final long MIB = 1024L * 1024;

	@Test
	void theProbeReadsThisMachine() {
		var profile = new HardwareProbe(NvidiaSmi::probe).probe();
		assertEquals(Runtime.getRuntime().availableProcessors(), profile.cores());
		assertEquals(System.getProperty("os.arch"), profile.architecture());
		assertTrue(profile.memoryBytes() > profile.heapBytes() / 2, "physical memory read: " + profile.memoryBytes());
		assertTrue(profile.heapBytes() > 0);
	}

	@Test
	void theDriversListOfGpusIsRead() {
		var output = """
				0, NVIDIA H200, 143771, 143187
				1, NVIDIA GeForce RTX 4090, 24564, 1024
				2, [N/A], [N/A], [N/A]
				""";
		assertEquals(List.of(new GpuInfo(0, "NVIDIA H200", 143771 * MIB, 143187 * MIB),
				new GpuInfo(1, "NVIDIA GeForce RTX 4090", 24564 * MIB, 1024 * MIB)), NvidiaSmi.parse(output));
		assertEquals(List.of(), NvidiaSmi.parse("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."));
	}

	@Test
	void theMatrixSaysWhichDevicesTheInstalledEngineCanUse() {
		var hardware = new HardwareProfile("Linux", "amd64", 16, 128L << 30, 2L << 30,
				List.of(new GpuInfo(0, "NVIDIA H200", 141L << 30, 140L << 30), new GpuInfo(1, "NVIDIA H200", 141L << 30, 10L << 30)));

		var cpuOnly = Capabilities.of(hardware, new EngineStatus.Ready("PyTorch", "2.7.1", 0));
		assertEquals(3, cpuOnly.size());
		assertEquals("amd64, 16 cores", cpuOnly.get(0).name());
		assertTrue(cpuOnly.get(0).usable());
		assertFalse(cpuOnly.get(1).usable());
		assertEquals(Unusable.CPU_ONLY_ENGINE, cpuOnly.get(1).unusable());

		var cuda = Capabilities.of(hardware, new EngineStatus.Ready("PyTorch", "2.7.1", 2));
		assertTrue(cuda.get(1).usable() && cuda.get(2).usable() && cuda.get(2).half());
		assertEquals(Device.gpu(1), cuda.get(2).device());

		var none = Capabilities.of(hardware, new EngineStatus.NotInstalled());
		assertTrue(none.stream().noneMatch(device -> device.usable()));
		assertTrue(none.stream().allMatch(device -> device.unusable() == Unusable.NO_ENGINE));
	}

	@Test
	void gpusTheEngineSeesButTheDriverToolDoesNotAreListedWithUnknownMemory() {
		var hardware = new HardwareProfile("Linux", "amd64", 8, 32L << 30, 1L << 30, List.of());
		var matrix = Capabilities.of(hardware, new EngineStatus.Ready("PyTorch", "2.7.1", 1));
		assertEquals(2, matrix.size());
		assertEquals(Device.gpu(0), matrix.get(1).device());
		assertEquals(0, matrix.get(1).totalBytes());
	}
}
