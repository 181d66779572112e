package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.testing.ScriptedModelServer;

/** What each end-to-end test starts from: the product copy, a scripted model server, and a fresh workspace. */
final class PiFixture implements AutoCloseable {

	private static PiInstall install;

	final ScriptedModelServer server = ScriptedModelServer.start();
	final Path scratch;
	final Path workspace;
	final PiRunner pi;

	PiFixture(String name) throws IOException {
		scratch = PiInstall.emptied(scratch().resolve(name));
		workspace = Files.createDirectories(scratch.resolve("workspace"));
		pi = new PiRunner(install(), scratch);
		Providers.write(pi.piHome(), server.baseUrl());
	}

	/** The product copy, made once per test JVM: copying it for each test would cost seconds each. */
	static synchronized PiInstall install() throws IOException {
		if (install == null) {
			install = PiInstall.copy(existing("piassistant.cli.product"), existing("piassistant.cli.tools"), scratch().resolve("pi-cli"));
		}
		return install;
	}

	/** "run --workspace WS" followed by the arguments. */
	List<String> run(String... arguments) {
		var all = new ArrayList<>(List.of("run", "--workspace", workspace.toString()));
		all.addAll(List.of(arguments));
		return all;
	}

	List<String> resume(String... arguments) {
		var all = new ArrayList<>(List.of("resume", "--workspace", workspace.toString()));
		all.addAll(List.of(arguments));
		return all;
	}

	Path database() {
		return workspace.resolve(".metadata/.plugins/dev.piassistant.store/pi-assistant.db");
	}

	Path callsLog() {
		return workspace.resolve("calls.log");
	}

	@Override
	public void close() {
		server.close();
	}

	private static Path scratch() {
		return Path.of(System.getProperty("piassistant.cli.scratch", "target/e2e"));
	}

	private static Path existing(String property) {
		var value = System.getProperty(property);
		assertNotNull(value, "system property " + property);
		var path = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.exists(path), property + " = " + path + " does not exist: build its module first");
		return path;
	}
}
