package dev.piassistant.tools.internal.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sqlite.SQLiteConfig;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.ToolSupport;
import dev.piassistant.tools.internal.WorkspaceFiles;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * {@code sql}: queries a SQLite database file through JDBC (SQLite is built in), lists its schema, or explains a
 * query's plan. Reads run on a read-only connection; statements that write are asked (a write to the database
 * file) and then run in one transaction.
 */
@Component(service = ToolProvider.class)
public final class SqlTool implements ToolProvider {

	private static final int DEFAULT_ROWS = 200;

	private final ToolSupport support;

	@Activate
	public SqlTool(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Override
	public List<Tool> tools() {
		var parameters = Schema.object().string("database", "The SQLite database file, relative to the workspace", true)
				.choice("action", "query (default), schema (tables, columns, indexes) or explain (the query plan)",
						List.of("query", "schema", "explain"), false)
				.string("query", "The SQL; reads run at once, writes are asked first", false)
				.stringArray("parameters", "Values for the ? placeholders, in order", false)
				.integer("maxRows", "At most this many rows (default 200)", 1, 10_000, false).build();
		return List.of(new Tool("sql", "Query a SQLite database of the workspace with SQL, list its schema, or explain a query's plan. "
				+ "Read-only unless a write is approved.", parameters, Risk.READ, call -> support.scrub(run(call)), SqlTool::accesses));
	}

	private static List<Access> accesses(JsonNode arguments) {
		var writes = arguments.path("action").asText("query").equals("query") && !Statements.onlyRead(arguments.path("query").asText(""));
		return List.of(new Access.File(arguments.path("database").asText(""), writes ? Access.FileOp.WRITE : Access.FileOp.READ));
	}

	private static ToolResult run(ToolInvocation call) throws Exception {
		var file = WorkspaceFiles.resolve(call.context(), call.text("database", ""));
		if (!Files.isRegularFile(file)) {
			return ToolResult.error("There is no database file " + call.text("database", "") + " (a SQLite file in the workspace).");
		}
		var action = call.text("action", "query");
		var query = call.text("query", "");
		var reading = !action.equals("query") || Statements.onlyRead(query);
		try (var connection = open(file, reading)) {
			return switch (action) {
				case "schema" -> ToolResult.ok(SchemaText.of(connection));
				case "explain" -> query.isBlank() ? ToolResult.error("Give the query to explain.")
						: ToolResult.ok(table(connection, "EXPLAIN QUERY PLAN " + query, List.of(), DEFAULT_ROWS));
				default -> query.isBlank() ? ToolResult.error("Give the SQL to run.") : query(connection, query, call, reading);
			};
		} catch (SQLException e) {
			return ToolResult.error("SQLite: " + e.getMessage());
		}
	}

	private static ToolResult query(Connection connection, String sql, ToolInvocation call, boolean reading) throws SQLException {
		var parameters = new java.util.ArrayList<String>();
		call.arguments().path("parameters").forEach(node -> parameters.add(node.asText()));
		var maxRows = (int) call.number("maxRows", DEFAULT_ROWS);
		if (reading) {
			var text = new StringBuilder();
			for (var statement : Statements.split(sql)) {
				text.append(table(connection, statement, parameters, maxRows));
			}
			return ToolResult.ok(text.toString());
		}
		connection.setAutoCommit(false);
		var changed = 0;
		for (var statement : Statements.split(sql)) {
			try (var prepared = connection.prepareStatement(statement)) {
				for (int i = 0; i < parameters.size() && i < prepared.getParameterMetaData().getParameterCount(); i++) {
					prepared.setString(i + 1, parameters.get(i));
				}
				changed += Math.max(0, prepared.executeUpdate());
			}
		}
		connection.commit();
		return ToolResult.ok("Done: " + changed + " row" + (changed == 1 ? "" : "s") + " changed.");
	}

	private static String table(Connection connection, String sql, List<String> parameters, int maxRows) throws SQLException {
		try (var prepared = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size() && i < prepared.getParameterMetaData().getParameterCount(); i++) {
				prepared.setString(i + 1, parameters.get(i));
			}
			try (var rows = prepared.executeQuery()) {
				return Rows.text(rows, maxRows);
			}
		}
	}

	private static Connection open(Path file, boolean readOnly) throws SQLException {
		var config = new SQLiteConfig();
		config.setReadOnly(readOnly);
		config.setBusyTimeout(5_000);
		var properties = new Properties();
		properties.putAll(config.toProperties());
		var connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, properties);
		if (readOnly) {
			try (var statement = connection.createStatement()) {
				statement.execute("PRAGMA query_only = ON");
			}
		}
		return connection;
	}

}
