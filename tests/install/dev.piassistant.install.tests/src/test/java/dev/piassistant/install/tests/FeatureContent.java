package dev.piassistant.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The bundles a feature of an update site carries, as "id_version", read from its feature.xml. */
final class FeatureContent {

	private FeatureContent() {
	}

	static Set<String> plugins(Path repository, String featureId) throws IOException, ParserConfigurationException, SAXException {
		try (var jar = new JarFile(featureJar(repository, featureId).toFile())) {
			var entry = jar.getEntry("feature.xml");
			assertNotNull(entry, "feature.xml in " + jar.getName());
			try (var in = jar.getInputStream(entry)) {
				var plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("plugin");
				var result = new TreeSet<String>();
				for (int i = 0; i < plugins.getLength(); i++) {
					var plugin = (Element) plugins.item(i);
					result.add(plugin.getAttribute("id") + "_" + plugin.getAttribute("version"));
				}
				return result;
			}
		}
	}

	private static Path featureJar(Path repository, String featureId) throws IOException {
		try (Stream<Path> features = Files.list(repository.resolve("features"))) {
			var jars = features.filter(path -> path.getFileName().toString().startsWith(featureId + "_")).toList();
			assertEquals(1, jars.size(), featureId + " in " + repository + "/features: " + jars);
			return jars.get(0);
		}
	}
}
