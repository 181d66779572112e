package dev.piassistant.inference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceEvent;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.InferenceService;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.testing.OsgiServices;

/** The real PyTorch engine inside OSGi, offline, through the inference service as Declarative Services wires it. */
class EngineTest {

	private final InferenceService inference = OsgiServices.await(InferenceService.class, Duration.ofSeconds(20));

	@Test
	void theEngineStartsOfflineFromTheNativeFragmentOnTheCpu() throws Exception {
		var ready = assertInstanceOf(EngineStatus.Ready.class, inference.engine(), () -> "engine: " + inference.engine());
		assertEquals("PyTorch", ready.engine());
		assertTrue(ready.version().startsWith("2.7.1"), ready.version());
		assertEquals("true", System.getProperty("ai.djl.offline"));
		var cache = Path.of(System.getProperty("DJL_CACHE_DIR"));
		assertTrue(cache.endsWith(Path.of("dev.piassistant.inference", "djl")), cache.toString());
		try (var files = Files.walk(cache)) {
			assertTrue(files.anyMatch(file -> file.getFileName().toString().equals("libtorch_cpu.so")), "libtorch unpacked into " + cache);
		}
		var cpu = inference.capabilities().get(0);
		assertEquals(Device.CPU, cpu.device());
		assertTrue(cpu.usable());
	}

	@Test
	void aSavedModelPredictsWhatItsWeightsSay(@TempDir Path folder) throws Exception {
		var saved = Models.save(folder, "linear", new MlpSpec(3, List.of(), 2, 0));
		var rows = new float[][] { { 1, 2, 3 }, { -0.5f, 0, 4 } };
		var outputs = inference.predict(saved.model(), rows);
		for (int row = 0; row < rows.length; row++) {
			assertArrayEquals(saved.linear(rows[row]), outputs[row], 1e-5f);
		}
		var loaded = inference.loaded().stream().filter(model -> model.key().equals(saved.model().key())).findFirst().orElseThrow();
		assertEquals(Device.CPU, loaded.device(), "no GPU here");
		var event = inference.events(10).stream().filter(e -> e.model().equals(saved.model().key())).findFirst().orElseThrow();
		assertEquals(DeviceEvent.Kind.LOADED, event.kind());
		assertEquals(Device.CPU, event.to());
		inference.unload(saved.model().key());
		assertTrue(inference.loaded().stream().noneMatch(model -> model.key().equals(saved.model().key())));
	}
}
