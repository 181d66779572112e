package dev.piassistant.tools.internal.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads JUnit XML reports (what Maven Surefire and Failsafe, Gradle and Ant write): how many tests ran, failed,
 * erred and were skipped, and each failure with its message and the line of the test where it happened.
 */
final class TestReports {

	/** A failed or erring test. */
	record Failure(String test, String message, String location) {
	}

	record Summary(int run, int failed, int errors, int skipped, List<Failure> failures, int files) {

		static final Summary NONE = new Summary(0, 0, 0, 0, List.of(), 0);
	}

	private static final Pattern FRAME = Pattern.compile("at ([\\w.$]+)\\.[\\w$<>]+\\(([\\w$]+\\.(?:java|kt|groovy|scala)):(\\d+)\\)");
	private static final int MAX_DEPTH = 8;

	private TestReports() {
	}

	/** The reports under a folder written since a time (all of them without one). */
	static Summary read(Path folder, FileTime since) throws IOException {
		var files = new ArrayList<Path>();
		try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
			walk.filter(path -> path.getFileName().toString().startsWith("TEST-") && path.toString().endsWith(".xml"))
					.filter(path -> isReport(path.getParent())).filter(path -> newer(path, since)).forEach(files::add);
		}
		var run = 0;
		var failed = 0;
		var errors = 0;
		var skipped = 0;
		var failures = new ArrayList<Failure>();
		for (var file : files) {
			var suite = parse(file);
			if (suite == null) {
				continue;
			}
			run += number(suite, "tests");
			failed += number(suite, "failures");
			errors += number(suite, "errors");
			skipped += number(suite, "skipped");
			var cases = suite.getElementsByTagName("testcase");
			for (int i = 0; i < cases.getLength(); i++) {
				failure((Element) cases.item(i)).ifPresent(failures::add);
			}
		}
		return new Summary(run, failed, errors, skipped, failures, files.size());
	}

	private static boolean isReport(Path folder) {
		var text = folder.toString().replace('\\', '/');
		return text.contains("surefire-reports") || text.contains("failsafe-reports") || text.contains("test-results");
	}

	private static boolean newer(Path file, FileTime since) {
		try {
			return Files.getLastModifiedTime(file).compareTo(since) >= 0;
		} catch (IOException e) {
			return false;
		}
	}

	private static Element parse(Path file) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
		} catch (ParserConfigurationException | SAXException | IOException e) {
			return null;
		}
	}

	private static int number(Element element, String attribute) {
		try {
			return Integer.parseInt(element.getAttribute(attribute).strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static java.util.Optional<Failure> failure(Element testcase) {
		for (var kind : List.of("failure", "error")) {
			var problems = testcase.getElementsByTagName(kind);
			if (problems.getLength() > 0) {
				var problem = (Element) problems.item(0);
				var className = testcase.getAttribute("classname");
				var message = problem.getAttribute("message");
				if (message.isBlank()) {
					message = problem.getAttribute("type");
				}
				var test = className + "." + testcase.getAttribute("name");
				return java.util.Optional.of(new Failure(test, message.strip(), location(className, problem.getTextContent())));
			}
		}
		return java.util.Optional.empty();
	}

	/** The line of the test class in the stack trace: where the test itself failed. */
	private static String location(String className, String trace) {
		var frames = FRAME.matcher(trace);
		var first = "";
		while (frames.find()) {
			var location = frames.group(2) + ":" + frames.group(3);
			if (first.isEmpty()) {
				first = location;
			}
			if (frames.group(1).equals(className) || frames.group(1).startsWith(className + "$")) {
				return location;
			}
		}
		return first;
	}
}
