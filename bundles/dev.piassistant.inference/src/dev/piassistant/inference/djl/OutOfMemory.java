package dev.piassistant.inference.djl;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Recognises a GPU running out of memory. PyTorch reports it as an engine error whose message starts "CUDA
 * out of memory" (ROCm: "HIP out of memory"); DJL wraps it, so the causes are searched too.
 */
public final class OutOfMemory {

	private OutOfMemory() {
	}

	public static boolean isOutOfMemory(@Nullable Throwable error) {
		for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			var message = cause.getMessage();
			if (cause instanceof OutOfMemoryError
					|| message != null && message.toLowerCase(Locale.ROOT).contains("out of memory")) {
				return true;
			}
		}
		return false;
	}
}
