package dev.piassistant.inference.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceEvent;
import dev.piassistant.core.inference.ModelKey;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Row;

/** Device events and the inference settings, in the workspace database. */
public final class DeviceLog {

	private final Database database;

	public DeviceLog(Database database) {
		this.database = database;
	}

	public void record(DeviceEvent event) {
		database.write(sql -> sql.insert("""
				INSERT INTO inference_device_event (at, model, version, kind, from_device, to_device, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", event.at().toString(), event.model().name(), event.model().version(),
				event.kind().name(), id(event.from()), id(event.to()), event.detail()));
	}

	public List<DeviceEvent> recent(int limit) {
		return database.read(sql -> sql.query("SELECT * FROM inference_device_event ORDER BY id DESC LIMIT ?", DeviceLog::event, limit));
	}

	public Optional<String> setting(String key) {
		return database.read(sql -> sql.queryFirst("SELECT value FROM inference_setting WHERE key = ?", row -> row.text("value"), key));
	}

	public void setSetting(String key, String value) {
		database.write(sql -> sql.update("INSERT INTO inference_setting (key, value) VALUES (?, ?) "
				+ "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value));
	}

	private static @Nullable String id(@Nullable Device device) {
		return device == null ? null : device.id();
	}

	private static DeviceEvent event(Row row) {
		return new DeviceEvent(Instant.parse(row.text("at")), new ModelKey(row.text("model"), (int) row.integer("version")),
				DeviceEvent.Kind.valueOf(row.text("kind")), device(row, "from_device"), device(row, "to_device"), row.text("detail"));
	}

	private static @Nullable Device device(Row row, String column) {
		return row.isNull(column) ? null : Device.parse(row.text(column));
	}
}
