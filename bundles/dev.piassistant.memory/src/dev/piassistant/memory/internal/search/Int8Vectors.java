package dev.piassistant.memory.internal.search;

import java.nio.ByteBuffer;

/**
 * Vectors stored as one byte per dimension and a scale: a quarter of float32, and for unit vectors of this
 * model the ranking barely changes (the benchmark measures it). Layout: the scale as a float, then the bytes.
 */
public final class Int8Vectors {

	private Int8Vectors() {
	}

	public static byte[] encode(float[] vector) {
		float max = 0;
		for (var value : vector) {
			max = Math.max(max, Math.abs(value));
		}
		var scale = max == 0 ? 1f : max / 127f;
		var buffer = ByteBuffer.allocate(4 + vector.length).putFloat(scale);
		for (var value : vector) {
			buffer.put((byte) Math.round(value / scale));
		}
		return buffer.array();
	}

	public static float[] decode(byte[] stored) {
		var buffer = ByteBuffer.wrap(stored);
		var scale = buffer.getFloat();
		var vector = new float[stored.length - 4];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = buffer.get() * scale;
		}
		return vector;
	}

	static float scale(byte[] stored) {
		return ByteBuffer.wrap(stored).getFloat();
	}
}
