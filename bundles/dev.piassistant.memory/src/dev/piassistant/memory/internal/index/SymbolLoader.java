package dev.piassistant.memory.internal.index;

import java.util.Set;

import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.graph.Keys;
import dev.piassistant.memory.internal.java.Symbols;

/** The symbols of the index as stored, without those of files about to be read again. */
final class SymbolLoader {

	private SymbolLoader() {
	}

	/** @param excluded ids of the files whose declarations are left out */
	static Symbols load(Database database, Set<Long> excluded) {
		var symbols = new Symbols();
		database.read(sql -> {
			sql.query("SELECT key, type_key, file FROM memory_entities WHERE kind = 'TYPE'", row -> {
				if (!excluded.contains(row.integer("file"))) {
					var pkg = row.text("type_key");
					symbols.add(new Symbols.TypeSymbol(row.text("key"), pkg == null ? "" : pkg));
				}
				return null;
			});
			sql.query("SELECT key, kind, type_key FROM memory_entities WHERE kind IN ('METHOD', 'TEST', 'FIELD')", row -> {
				var key = row.text("key");
				var type = symbols.type(Keys.typeOf(key));
				if (type != null) {
					if (row.text("kind").equals("FIELD")) {
						type.field(Keys.memberName(key), row.text("type_key"));
					} else {
						type.method(Symbols.MethodSymbol.parse(key, row.text("type_key")));
					}
				}
				return null;
			});
			sql.query("SELECT source, target FROM memory_relations WHERE kind IN ('EXTENDS', 'IMPLEMENTS')", row -> {
				var type = symbols.type(row.text("source"));
				if (type != null && !type.supers.contains(row.text("target"))) {
					type.supers.add(row.text("target"));
				}
				return null;
			});
			return null;
		});
		return symbols;
	}
}
