package dev.piassistant.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An Eclipse installation folder as p2 lays it out: plugins, features, p2 data, eclipse.ini. */
record Installation(Path home) {

	/** "org.eclipse.ui_3.207.0.v2025.jar" or a folder "org.eclipse.swt_3.132.0": id, then the version. */
	private static final Pattern ID_AND_VERSION = Pattern.compile("(.+?)_(\\d+\\.\\d+\\.\\d+[^/]*?)(\\.jar)?");

	static Installation copyOf(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (var file : (Iterable<Path>) files::iterator) {
				var copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return new Installation(target);
	}

	/** Symbolic names of the bundles in plugins/. */
	Set<String> pluginIds() throws IOException {
		return ids(home.resolve("plugins"));
	}

	Set<String> featureIds() throws IOException {
		return ids(home.resolve("features"));
	}

	/** "id_version" of every bundle in plugins/. */
	Set<String> pluginIdsWithVersions() throws IOException {
		try (Stream<Path> entries = Files.list(home.resolve("plugins"))) {
			return entries.map(path -> path.getFileName().toString().replaceFirst("\\.jar$", ""))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static Set<String> ids(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(path -> ID_AND_VERSION.matcher(path.getFileName().toString()))
					.filter(matcher -> matcher.matches()).map(matcher -> matcher.group(1))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The p2 profile the installation runs; the director must install into this one. */
	String profileName() throws IOException {
		try (Stream<Path> profiles = Files.list(home.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry"))) {
			var names = profiles.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".profile"))
					.map(name -> name.substring(0, name.length() - ".profile".length())).toList();
			assertEquals(1, names.size(), "p2 profiles in " + home + ": " + names);
			return names.get(0);
		}
	}

	Path launcherJar() throws IOException {
		try (Stream<Path> entries = Files.list(home.resolve("plugins"))) {
			var launchers = entries.filter(path -> path.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.toList();
			assertEquals(1, launchers.size(), "Equinox launchers in " + home + "/plugins: " + launchers);
			return launchers.get(0);
		}
	}

	/** The JVM options of eclipse.ini, which the native launcher would pass to Java. */
	List<String> vmArgs() throws IOException {
		var lines = Files.readAllLines(home.resolve("eclipse.ini")).stream().map(String::strip)
				.filter(line -> !line.isEmpty()).toList();
		var start = lines.indexOf("-vmargs");
		return start < 0 ? List.of() : new ArrayList<>(lines.subList(start + 1, lines.size()));
	}

	/**
	 * Tycho leaves the build's artifact repositories (the local Maven repository, reactor target folders)
	 * in a materialized product's p2 preferences. A downloaded Eclipse knows none of them, and they could
	 * hand the director Pi Assistant's jars from outside the update site: forget them.
	 */
	void forgetBuildRepositories() throws IOException {
		try (Stream<Path> files = Files.walk(home.resolve("p2"))) {
			for (var prefs : files.filter(path -> path.getFileName().toString().matches("org\\.eclipse\\.equinox\\.p2\\..*repository\\.prefs")).toList()) {
				Files.delete(prefs);
			}
		}
	}

	long sizeInBytes() throws IOException {
		try (Stream<Path> files = Files.walk(home)) {
			return files.filter(Files::isRegularFile).mapToLong(Installation::size).sum();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
