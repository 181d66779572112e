package dev.piassistant.inference.internal;

import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceCapability;
import dev.piassistant.core.inference.DeviceCapability.Unusable;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.HardwareProfile;

/** The capability matrix: each device the probe found, and whether the installed engine can use it. */
public final class Capabilities {

	private Capabilities() {
	}

	public static List<DeviceCapability> of(HardwareProfile hardware, EngineStatus engine) {
		var rows = new ArrayList<DeviceCapability>();
		var ready = engine instanceof EngineStatus.Ready;
		var cpuName = hardware.architecture() + ", " + hardware.cores() + (hardware.cores() == 1 ? " core" : " cores");
		rows.add(new DeviceCapability(Device.CPU, cpuName, hardware.memoryBytes(), hardware.heapBytes(), ready, false,
				ready ? null : Unusable.NO_ENGINE));
		int engineGpus = engine instanceof EngineStatus.Ready r ? r.usableGpus() : 0;
		for (var gpu : hardware.gpus()) {
			var usable = ready && gpu.index() < engineGpus;
			var why = usable ? null : ready ? Unusable.CPU_ONLY_ENGINE : Unusable.NO_ENGINE;
			rows.add(new DeviceCapability(Device.gpu(gpu.index()), gpu.name(), gpu.totalBytes(), gpu.freeBytes(), usable, true, why));
		}
		// GPUs the engine sees that the driver's tool did not list (another vendor's, say): memory unknown.
		for (int index = hardware.gpus().size(); index < engineGpus; index++) {
			rows.add(new DeviceCapability(Device.gpu(index), "GPU " + index, 0, 0, true, true, null));
		}
		return List.copyOf(rows);
	}
}
