package dev.piassistant.install.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** What the probe bundle saw inside the installed Eclipse (see dev.piassistant.install.probe.Probe). */
record ProbeReport(Properties properties) {

	static ProbeReport read(Path file) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new ProbeReport(properties);
	}

	Optional<String> get(String key) {
		return Optional.ofNullable(properties.getProperty(key));
	}

	/** Bundle state (ACTIVE, RESOLVED, INSTALLED...) by "symbolicName_version". */
	Map<String, String> bundleStates() {
		var states = new TreeMap<String, String>();
		properties.stringPropertyNames().stream().filter(key -> key.startsWith("bundle."))
				.forEach(key -> states.put(key.substring("bundle.".length()), properties.getProperty(key)));
		return states;
	}

	List<String> errors() {
		var count = Integer.parseInt(properties.getProperty("errors", "0"));
		var errors = new ArrayList<String>();
		for (int i = 0; i < count; i++) {
			errors.add(properties.getProperty("error." + i));
		}
		return errors;
	}
}
