package dev.piassistant.edits.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs {@link ReviewProperties} with jqwik. The test runtime's JUnit Platform knows only the Jupiter engine, so
 * jqwik's engine is launched here, explicitly, with jqwik's own bundle as the context class loader (its API finds
 * its implementation through the service loader).
 */
class ReviewPropertiesTest {

	@Test
	void tenThousandInterleavingsOfTypingAndDecisions() throws Exception {
		var database = Files.createTempDirectory("pi-jqwik").resolve("database");
		var thread = Thread.currentThread();
		var loader = thread.getContextClassLoader();
		thread.setContextClassLoader(JqwikTestEngine.class.getClassLoader());
		try {
			var summary = new SummaryGeneratingListener();
			var launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
					.addTestEngines(new JqwikTestEngine()).build());
			LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
					.selectors(selectClass(ReviewProperties.class))
					.configurationParameter("jqwik.database", database.toString())
					.configurationParameter("jqwik.failures.runfirst", "false").build();
			launcher.execute(request, summary);
			var result = summary.getSummary();
			var report = new StringWriter();
			result.printFailuresTo(new PrintWriter(report), 40);
			assertEquals(0, result.getTotalFailureCount(), report.toString());
			assertEquals(1, result.getTestsSucceededCount(), "the property ran and held");
			assertTrue(ReviewProperties.SESSIONS.get() >= ReviewProperties.TRIES,
					"sessions tried: " + ReviewProperties.SESSIONS.get());
			System.out.printf("Review properties: %,d random sessions, %,d steps%n", ReviewProperties.SESSIONS.get(),
					ReviewProperties.STEPS.get());
		} finally {
			thread.setContextClassLoader(loader);
		}
	}
}
