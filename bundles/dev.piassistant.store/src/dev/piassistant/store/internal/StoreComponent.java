package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;

/**
 * Opens the workspace database under the workspace's metadata area and offers it as the {@link Database}
 * service, and its event log as the {@link EventLog} service. Schema contributions from other bundles are
 * applied as they arrive: a contribution registered before its owner first uses the database is in place
 * when it does.
 */
@Component(service = { EventLog.class, Database.class })
public final class StoreComponent implements EventLog, Database {

	static final String FILE_NAME = "pi-assistant.db";

	private final List<SchemaContribution> pending = new CopyOnWriteArrayList<>();
	private volatile WorkspaceDatabase database;
	private volatile SqliteEventLog log;

	@Activate
	void activate() throws SQLException {
		var bundle = FrameworkUtil.getBundle(getClass());
		var file = Path.of(Platform.getStateLocation(bundle).toOSString(), FILE_NAME);
		database = WorkspaceDatabase.open(file);
		database.quarantinedFile().ifPresent(aside -> ILog.of(getClass()).warn("The Pi Assistant database " + file
				+ " was damaged. It was moved to " + aside + " and a new one was started; the old file is kept for recovery."));
		log = new SqliteEventLog(database);
		pending.forEach(this::migrate);
	}

	@Deactivate
	void deactivate() throws SQLException {
		database.close();
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addSchema(SchemaContribution contribution) {
		pending.add(contribution);
		if (database != null) {
			migrate(contribution);
		}
	}

	void removeSchema(SchemaContribution contribution) {
		pending.remove(contribution);
	}

	private void migrate(SchemaContribution contribution) {
		try {
			database.migrate(contribution);
		} catch (RuntimeException e) {
			ILog.of(getClass()).error("Could not update the database tables of " + contribution.owner(), e);
		}
	}

	@Override
	public <T> T read(Work<T> work) {
		return database.read(work);
	}

	@Override
	public <T> T write(Work<T> work) {
		return database.write(work);
	}

	@Override
	public long append(AgentEvent event) {
		return log.append(event);
	}

	@Override
	public List<AgentEvent> read(SessionId session) {
		return log.read(session);
	}

	@Override
	public List<SessionSummary> sessions() {
		return log.sessions();
	}
}
