package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.EventLog;

class EventLogServiceTest {

	@Test
	void theEventLogServiceKeepsItsFileInTheWorkspaceMetadataArea() throws Exception {
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		var tracker = new ServiceTracker<EventLog, EventLog>(context, EventLog.class, null);
		tracker.open();
		try {
			var log = tracker.waitForService(10_000);
			assertNotNull(log, "the EventLog service is registered by Declarative Services");
			var session = SessionId.random();
			log.append(EventLogTest.started(session, 1));
			assertEquals(1, log.read(session).size());
			// Fragment classes load through the host, so this is the store bundle's state location.
			var file = Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).toOSString(), "pi-assistant.db");
			assertTrue(Files.exists(file), file + " exists");
			assertTrue(file.startsWith(Path.of(Platform.getInstanceLocation().getURL().toURI())), "under the workspace");
		} finally {
			tracker.close();
		}
	}
}
