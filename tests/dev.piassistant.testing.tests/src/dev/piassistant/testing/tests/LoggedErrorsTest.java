package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

import dev.piassistant.testing.LoggedErrors;

// Deliberately without FailOnLoggedErrors: these tests log errors on purpose.
class LoggedErrorsTest {

	private static final String BUNDLE = "dev.piassistant.testing";

	@Test
	void errorsLoggedWhileListeningAreReportedWithTheirMessage() {
		var errors = new LoggedErrors();
		errors.start();
		ILog.of(getClass()).log(Status.warning("only a warning"));
		ILog.of(getClass()).log(new Status(IStatus.ERROR, BUNDLE, "deliberate test error", new IllegalStateException("boom")));
		var logged = errors.stop();
		assertEquals(1, logged.size());
		var description = LoggedErrors.describe(logged);
		assertTrue(description.contains("deliberate test error") && description.contains("boom"), description);
	}

	@Test
	void errorsLoggedAfterStoppingAreNotCollected() {
		var errors = new LoggedErrors();
		errors.start();
		errors.stop();
		ILog.of(getClass()).log(new Status(IStatus.ERROR, BUNDLE, "deliberate test error after stop"));
		assertTrue(errors.stop().isEmpty());
	}
}
