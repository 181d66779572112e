package dev.piassistant.inference.djl;

import dev.piassistant.core.inference.Device;

/** Pi Assistant's devices as DJL's. */
public final class Devices {

	private Devices() {
	}

	public static ai.djl.Device toDjl(Device device) {
		return device.isGpu() ? ai.djl.Device.gpu(device.index()) : ai.djl.Device.cpu();
	}
}
