package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A copy of the built pi product with the test-only tools bundle added to its configuration, the way p2 would
 * list an installed bundle: the jar in plugins/ and a line in simpleconfigurator's bundles.info.
 */
record PiInstall(Path home) {

	static PiInstall copy(Path product, Path toolsTarget, Path target) throws IOException {
		emptied(target);
		try (Stream<Path> files = Files.walk(product)) {
			for (var file : (Iterable<Path>) files::iterator) {
				var copy = target.resolve(product.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		var install = new PiInstall(target);
		install.addBundle(toolsJar(toolsTarget));
		return install;
	}

	Path script() {
		return home.resolve("pi");
	}

	private void addBundle(Path jar) throws IOException {
		String name;
		String version;
		try (var file = new JarFile(jar.toFile())) {
			var attributes = file.getManifest().getMainAttributes();
			name = attributes.getValue("Bundle-SymbolicName").split(";")[0].strip();
			version = attributes.getValue("Bundle-Version").strip();
		}
		var fileName = name + "_" + version + ".jar";
		Files.copy(jar, home.resolve("plugins").resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
		var bundlesInfo = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		assertTrue(Files.exists(bundlesInfo), bundlesInfo + " exists");
		Files.writeString(bundlesInfo, name + "," + version + ",plugins/" + fileName + ",4,false\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
	}

	private static Path toolsJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			var jars = files.filter(path -> path.getFileName().toString().matches("dev\\.piassistant\\.cli\\.e2e\\.tools-.*(?<!sources)\\.jar"))
					.toList();
			assertEquals(1, jars.size(), "the test tools bundle in " + target + ": " + jars);
			return jars.get(0);
		}
	}

	static Path emptied(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}
}
