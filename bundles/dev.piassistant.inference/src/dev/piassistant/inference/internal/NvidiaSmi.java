package dev.piassistant.inference.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.inference.GpuInfo;

/**
 * Lists NVIDIA GPUs with {@code nvidia-smi}, which comes with the driver: it needs neither CUDA nor the
 * engine, so GPUs show even where the installed engine cannot use them.
 */
public final class NvidiaSmi {

	static final List<String> COMMAND = List.of("nvidia-smi", "--query-gpu=index,name,memory.total,memory.free",
			"--format=csv,noheader,nounits");
	private static final long MIB = 1024L * 1024;

	private NvidiaSmi() {
	}

	/** The GPUs, or none when there is no driver (or it does not answer within five seconds). */
	public static List<GpuInfo> probe() {
		try {
			var process = new ProcessBuilder(COMMAND).redirectErrorStream(true).start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return List.of();
			}
			var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.exitValue() == 0 ? parse(output) : List.of();
		} catch (IOException e) {
			return List.of();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

	/** Reads lines such as {@code 0, NVIDIA H200, 143771, 143187} (memory in MiB); skips what does not fit. */
	public static List<GpuInfo> parse(String output) {
		var gpus = new ArrayList<GpuInfo>();
		for (var line : output.split("\\R")) {
			var fields = line.split(",");
			if (fields.length != 4) {
				continue;
			}
			try {
				gpus.add(new GpuInfo(Integer.parseInt(fields[0].trim()), fields[1].trim(), Long.parseLong(fields[2].trim()) * MIB,
						Long.parseLong(fields[3].trim()) * MIB));
			} catch (NumberFormatException e) {
				// "[N/A]" and the like: not a GPU we can place on
			}
		}
		return gpus;
	}
}
