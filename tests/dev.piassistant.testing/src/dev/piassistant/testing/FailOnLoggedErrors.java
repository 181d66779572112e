package dev.piassistant.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Fails a test when an error reaches the Eclipse log while it runs. UI code reports many problems there
 * (an exception in a listener or a job) instead of throwing into the test, so without this they pass unseen.
 * Use with {@code @ExtendWith(FailOnLoggedErrors.class)}.
 */
public final class FailOnLoggedErrors implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(FailOnLoggedErrors.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		var errors = new LoggedErrors();
		errors.start();
		context.getStore(NAMESPACE).put(LoggedErrors.class, errors);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		var errors = context.getStore(NAMESPACE).remove(LoggedErrors.class, LoggedErrors.class).stop();
		if (!errors.isEmpty()) {
			fail(LoggedErrors.describe(errors), errors.get(0).getException());
		}
	}
}
