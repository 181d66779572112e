package dev.piassistant.inference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceCapability;
import dev.piassistant.core.inference.DevicePreference;
import dev.piassistant.core.inference.InferenceService.Purpose;
import dev.piassistant.core.inference.Placement;
import dev.piassistant.core.inference.Placement.Reason;
import dev.piassistant.inference.internal.Placer;

/** Where models go, by the documented rules, on machines with and without usable GPUs. */
class PlacementTest {

	private static final long MIB = 1024L * 1024;
	private static final long GIB = 1024 * MIB;
	private static final DeviceCapability CPU = new DeviceCapability(Device.CPU, "amd64, 16 cores", 64 * GIB, GIB, true, false, null);

	private static DeviceCapability gpu(int index, long total, long free) {
		return new DeviceCapability(Device.gpu(index), "GPU " + index, total, free, true, true, null);
	}

	private static Placement place(long bytes, Purpose purpose, DevicePreference preference, DeviceCapability... devices) {
		return Placer.place(bytes, purpose, preference, List.of(devices));
	}

	@Test
	void withoutAUsableGpuEverythingRunsOnTheCpu() {
		var cpuOnlyEngine = new DeviceCapability(Device.gpu(0), "NVIDIA H200", 141 * GIB, 140 * GIB, false, true,
				DeviceCapability.Unusable.CPU_ONLY_ENGINE);
		assertEquals(new Placement(Device.CPU, Reason.NO_USABLE_GPU), place(100 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU));
		assertEquals(new Placement(Device.CPU, Reason.NO_USABLE_GPU),
				place(100 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, cpuOnlyEngine));
		assertEquals(new Placement(Device.CPU, Reason.USER_CHOSE_GPU_NONE_USABLE),
				place(100 * MIB, Purpose.INFERENCE, DevicePreference.GPU, CPU, cpuOnlyEngine));
	}

	@Test
	void aModelThatFitsWithHeadroomGoesToTheGpuWithTheMostFreeMemory() {
		var placement = place(100 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, gpu(0, 24 * GIB, 2 * GIB), gpu(1, 24 * GIB, 20 * GIB));
		assertEquals(new Placement(Device.gpu(1), Reason.FITS_ON_GPU), placement);
	}

	@Test
	void headroomIsAtLeastHalfAGibibyteOrATenthOfTheGpu() {
		var small = gpu(0, 4 * GIB, 600 * MIB);
		assertEquals(Reason.FITS_ON_GPU, place(80 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, small).reason());
		assertEquals(Reason.TOO_BIG_FOR_GPU, place(100 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, small).reason());
		var big = gpu(0, 80 * GIB, 10 * GIB);
		assertEquals(Reason.FITS_ON_GPU, place(1_900 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, big).reason());
		assertEquals(Reason.TOO_BIG_FOR_GPU, place(2_100 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, big).reason(),
				"8 GiB headroom on an 80 GiB GPU leaves 2 GiB");
	}

	@Test
	void trainingNeedsFourTimesTheParameters() {
		var gpu = gpu(0, 8 * GIB, 1536 * MIB);
		assertEquals(Reason.FITS_ON_GPU, place(200 * MIB, Purpose.INFERENCE, DevicePreference.AUTO, CPU, gpu).reason());
		assertEquals(new Placement(Device.CPU, Reason.TOO_BIG_FOR_GPU), place(300 * MIB, Purpose.TRAINING, DevicePreference.AUTO, CPU, gpu));
	}

	@Test
	void tinyModelsStayOnTheCpu() {
		assertEquals(new Placement(Device.CPU, Reason.TOO_SMALL_FOR_GPU),
				place(16 * 1024, Purpose.INFERENCE, DevicePreference.AUTO, CPU, gpu(0, 24 * GIB, 20 * GIB)));
	}

	@Test
	void theUsersChoiceWins() {
		var roomy = gpu(0, 24 * GIB, 20 * GIB);
		assertEquals(new Placement(Device.CPU, Reason.USER_CHOSE_CPU), place(100 * MIB, Purpose.INFERENCE, DevicePreference.CPU, CPU, roomy));
		var full = gpu(0, 24 * GIB, 100 * MIB);
		assertEquals(new Placement(Device.gpu(0), Reason.USER_CHOSE_GPU), place(16 * 1024, Purpose.INFERENCE, DevicePreference.GPU, CPU, full));
	}

	@Test
	void aGpuOfUnknownMemoryIsTakenToHoldTheModel() {
		var unknown = new DeviceCapability(Device.gpu(0), "GPU 0", 0, 0, true, true, null);
		assertEquals(Reason.FITS_ON_GPU, place(100 * MIB, Purpose.TRAINING, DevicePreference.AUTO, CPU, unknown).reason());
	}
}
