package dev.piassistant.inference.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.store.SchemaContribution;

/** The inference bundle's tables: device events and settings. */
@Component(service = SchemaContribution.class)
public final class InferenceSchema implements SchemaContribution {

	public static final String OWNER = "dev.piassistant.inference";

	private static final String V1 = """
			CREATE TABLE inference_device_event (
				id INTEGER PRIMARY KEY,
				at TEXT NOT NULL,
				model TEXT NOT NULL,
				version INTEGER NOT NULL,
				kind TEXT NOT NULL,
				from_device TEXT,
				to_device TEXT,
				detail TEXT NOT NULL
			);
			CREATE TABLE inference_setting (
				key TEXT NOT NULL PRIMARY KEY,
				value TEXT NOT NULL
			);
			""";

	@Override
	public String owner() {
		return OWNER;
	}

	@Override
	public List<String> migrations() {
		return List.of(V1);
	}
}
