package dev.piassistant.inference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceEvent;
import dev.piassistant.core.inference.DevicePreference;
import dev.piassistant.core.inference.GpuInfo;
import dev.piassistant.core.inference.InferenceException;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.inference.Placement;
import dev.piassistant.core.store.Database;
import dev.piassistant.inference.internal.DeviceLog;
import dev.piassistant.inference.internal.HardwareCache;
import dev.piassistant.inference.internal.HardwareProbe;
import dev.piassistant.inference.internal.InferenceComponent;
import dev.piassistant.inference.internal.ModelRegistry;
import dev.piassistant.testing.OsgiServices;

/**
 * The GPU paths on a machine without a GPU: the inference service over a simulated GPU of limited memory
 * whose models really run (on the CPU, through the real engine), with the real workspace database.
 */
class GpuFallbackTest {

	private static final long MIB = 1024L * 1024;
	/** Over the placement rules' "too small for a GPU" line: 300·256 + 256·10 weights, about 0.3 MiB. */
	private static final MlpSpec SPEC = new MlpSpec(300, List.of(256), 10, 0);

	private final Database database = OsgiServices.await(Database.class, Duration.ofSeconds(20));
	private final SimulatedGpu gpu = new SimulatedGpu(SPEC.parameterBytes() * 3 / 2);
	private final InferenceComponent inference = new InferenceComponent(gpu,
			new HardwareCache(new HardwareProbe(() -> List.of(new GpuInfo(0, "Simulated GPU", 8L << 30, 7L << 30)))));

	GpuFallbackTest() {
		inference.bind(database);
		inference.activate();
		inference.setPreference(DevicePreference.AUTO);
	}

	@AfterEach
	void close() {
		inference.setPreference(DevicePreference.AUTO);
		inference.deactivate();
	}

	private static float[][] rows(int count) {
		var rows = new float[count][SPEC.inputs()];
		for (int row = 0; row < count; row++) {
			for (int column = 0; column < SPEC.inputs(); column++) {
				rows[row][column] = (float) Math.sin(row * 31 + column);
			}
		}
		return rows;
	}

	private List<DeviceEvent> events(String model) {
		return inference.events(50).stream().filter(event -> event.model().name().equals(model)).toList();
	}

	@Test
	void aModelThatFitsIsPlacedOnTheGpu(@TempDir Path folder) throws Exception {
		var saved = Models.save(folder, "fits", SPEC).model();
		inference.predict(saved, rows(2));
		var loaded = inference.loaded().get(0);
		assertEquals(Device.gpu(0), loaded.device());
		assertEquals(Placement.Reason.FITS_ON_GPU, loaded.placement());
		assertEquals(SPEC.parameterBytes(), gpu.used());
	}

	@Test
	void runningOutOfGpuMemoryMovesTheModelToTheCpuRecordsItAndStillAnswers(@TempDir Path folder) throws Exception {
		var saved = Models.save(folder, "oom_run", SPEC).model();
		var input = rows(64);
		var onGpu = inference.predict(saved, input);
		gpu.runsToFail.set(1);

		var afterFallback = inference.predict(saved, input);

		for (int row = 0; row < input.length; row++) {
			assertArrayEquals(onGpu[row], afterFallback[row], 1e-5f, "the same answers from the CPU");
		}
		assertEquals(Device.CPU, inference.loaded().get(0).device());
		assertEquals(0, gpu.used(), "the GPU's copy was freed");
		var fallback = events("oom_run").get(0);
		assertEquals(DeviceEvent.Kind.OUT_OF_MEMORY_FELL_BACK, fallback.kind());
		assertEquals(Device.gpu(0), fallback.from());
		assertEquals(Device.CPU, fallback.to());
		assertTrue(fallback.detail().startsWith("CUDA out of memory"), fallback.detail());
	}

	@Test
	void aModelTooBigForWhatIsLeftOnTheGpuLoadsOnTheCpuInstead(@TempDir Path folder) throws Exception {
		var first = Models.save(folder.resolve("a"), "first", SPEC).model();
		var second = Models.save(folder.resolve("b"), "second", SPEC).model();
		inference.predict(first, rows(1));
		inference.predict(second, rows(1));
		assertEquals(List.of(Device.gpu(0), Device.gpu(0), Device.CPU), gpu.loads, "tried the GPU, then the CPU");
		var devices = inference.loaded().stream().map(model -> model.key().name() + "@" + model.device()).toList();
		assertEquals(List.of("first@gpu0", "second@cpu"), devices);
		assertEquals(DeviceEvent.Kind.OUT_OF_MEMORY_FELL_BACK, events("second").get(0).kind());
	}

	@Test
	void aLoadedModelMovesBetweenTheCpuAndTheGpu(@TempDir Path folder) throws Exception {
		var saved = Models.save(folder, "mover", SPEC).model();
		var input = rows(3);
		var before = inference.predict(saved, input);
		var moved = inference.moveTo(saved.key(), Device.CPU);
		assertEquals(Device.CPU, moved.device());
		assertEquals(0, gpu.used());
		assertArrayEquals(before[2], inference.predict(saved, input)[2], 1e-5f);
		assertEquals(Device.gpu(0), inference.moveTo(saved.key(), Device.gpu(0)).device());
		assertEquals(SPEC.parameterBytes(), gpu.used());
		var kinds = events("mover").stream().map(DeviceEvent::kind).toList();
		assertEquals(List.of(DeviceEvent.Kind.MOVED, DeviceEvent.Kind.MOVED, DeviceEvent.Kind.LOADED), kinds);
	}

	@Test
	void aMoveTheGpuCannotTakeFailsClearlyAndLeavesTheModelWhereItWas(@TempDir Path folder) throws Exception {
		var big = new SimulatedGpu(MIB / 8);
		var small = new InferenceComponent(big, new HardwareCache(new HardwareProbe(List::of)));
		small.bind(database);
		small.activate();
		try {
			var saved = Models.save(folder, "stays", SPEC).model();
			small.predict(saved, rows(1));
			var error = assertThrows(InferenceException.class, () -> small.moveTo(saved.key(), Device.gpu(0)));
			assertTrue(error.getMessage().contains("could not be loaded on gpu0") && error.getMessage().contains("CUDA out of memory"),
					error.getMessage());
			assertEquals(Device.CPU, small.loaded().get(0).device());
		} finally {
			small.deactivate();
		}
	}

	@Test
	void theUsersPreferenceDecidesAndIsKeptInTheWorkspace(@TempDir Path folder) throws Exception {
		inference.setPreference(DevicePreference.CPU);
		var saved = Models.save(folder, "prefers_cpu", SPEC).model();
		inference.predict(saved, rows(1));
		assertEquals(Placement.Reason.USER_CHOSE_CPU, inference.loaded().get(0).placement());
		assertEquals(DevicePreference.CPU, new DeviceLog(database).setting("device.preference").map(DevicePreference::valueOf).orElseThrow());
	}

	@Test
	void modelsIdleLongerThanTheTimeoutAreUnloadedAndLoadAgainWhenUsed(@TempDir Path folder) throws Exception {
		var clock = new MutableClock();
		var saved = Models.save(folder, "idler", SPEC).model();
		try (var registry = new ModelRegistry(gpu, bytes -> new Placement(Device.gpu(0), Placement.Reason.FITS_ON_GPU), new DeviceLog(database),
				clock, Duration.ofMinutes(10))) {
			registry.predict(saved, rows(1));
			clock.advance(Duration.ofMinutes(9));
			assertEquals(0, registry.sweep());
			assertEquals(1, registry.loaded().size());
			clock.advance(Duration.ofMinutes(2));
			assertEquals(1, registry.sweep());
			assertEquals(List.of(), registry.loaded());
			assertEquals(0, gpu.used(), "unloading freed the GPU");
			assertEquals(DeviceEvent.Kind.UNLOADED_IDLE, events("idler").get(0).kind());
			registry.predict(saved, rows(1));
			assertEquals(1, registry.loaded().size());
		}
	}
}
