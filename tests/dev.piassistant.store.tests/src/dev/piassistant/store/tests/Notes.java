package dev.piassistant.store.tests;

import java.util.List;

import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;

/** A small table of a made-up bundle, contributed the way any bundle contributes its tables. */
final class Notes {

	static final String OWNER = "dev.piassistant.store.tests.notes";

	static final SchemaContribution SCHEMA = new SchemaContribution() {
		@Override
		public String owner() {
			return OWNER;
		}

		@Override
		public List<String> migrations() {
			return List.of("""
					CREATE TABLE notes (
						id INTEGER PRIMARY KEY,
						body TEXT NOT NULL,
						pinned INTEGER NOT NULL DEFAULT 0
					);
					CREATE TABLE samples (t TEXT, i INTEGER, l INTEGER, d REAL, b INTEGER, x BLOB, n TEXT);
					CREATE TABLE counter (n INTEGER NOT NULL);
					INSERT INTO counter (n) VALUES (0);
					""");
		}
	};

	private Notes() {
	}

	static int count(Database database) {
		return database.read(sql -> sql.queryFirst("SELECT count(*) AS n FROM notes", row -> (int) row.integer("n")).orElseThrow());
	}
}
