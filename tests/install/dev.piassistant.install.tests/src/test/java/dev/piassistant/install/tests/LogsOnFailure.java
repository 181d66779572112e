package dev.piassistant.install.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the logs of the Eclipse runs (director output, console, workspace .log, configuration area logs)
 * once, at the first failure: they all describe the same two runs.
 */
final class LogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

	private final List<Path> files = new CopyOnWriteArrayList<>();
	private final List<Path> folders = new CopyOnWriteArrayList<>();
	private final AtomicBoolean printed = new AtomicBoolean();

	void add(Path log) {
		files.add(log);
	}

	/** The *.log files the folder holds when a test fails (Eclipse names them by time). */
	void addLogsIn(Path folder) {
		folders.add(folder);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		print();
	}

	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		print();
		throw throwable;
	}

	private void print() {
		if (printed.getAndSet(true)) {
			return;
		}
		for (var log : logs()) {
			System.out.println("----- " + log + (Files.exists(log) ? " -----" : " (not written) -----"));
			if (Files.exists(log)) {
				System.out.println(read(log));
			}
		}
	}

	private List<Path> logs() {
		var logs = new ArrayList<>(files);
		for (var folder : folders) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> entries = Files.list(folder)) {
					entries.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().forEach(logs::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return logs;
	}

	private static String read(Path log) {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
