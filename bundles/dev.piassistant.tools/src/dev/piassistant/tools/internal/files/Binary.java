package dev.piassistant.tools.internal.files;

/** Whether bytes are binary rather than text: a NUL in the first 8000 bytes, as git decides. */
public final class Binary {

	private static final int SNIFF = 8000;

	private Binary() {
	}

	public static boolean is(byte[] bytes) {
		return is(bytes, bytes.length);
	}

	public static boolean is(byte[] bytes, int length) {
		var end = Math.min(length, SNIFF);
		for (int i = 0; i < end; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}
}
