package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code pi index} as a user runs it: a folder indexed into the workspace's memory, only changes read again, bad
 * folders refused, and a run killed with SIGKILL halfway leaving a sound database that the next run completes
 * without reading again what was already stored.
 */
class PiIndexTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** Enough files that a run is still going when it is killed, few enough to keep the test short. */
	private static final int MANY = 1_500;

	private PiFixture fixture;
	private Path project;

	@BeforeEach
	void start(TestInfo test) throws Exception {
		fixture = new PiFixture("index-" + test.getTestMethod().orElseThrow().getName());
		project = Files.createDirectories(fixture.scratch.resolve("shop"));
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aFolderIsIndexedAndTheNextRunReadsOnlyWhatChanged() throws Exception {
		write("src/shop/Cart.java", "package shop;\n\npublic class Cart {\n\tpublic long total(Item item) {\n\t\treturn item.price();\n\t}\n}\n");
		write("src/shop/Item.java", "package shop;\n\npublic record Item(long price) {\n}\n");
		write("README.md", "# Shop\n\nA cart of items.\n");
		var first = index();
		assertEquals(0, first.exit(), first.toString());
		assertTrue(first.out().startsWith("Indexed 3 files"), first.toString());
		assertTrue(first.out().contains(": 3 read, 0 removed"), first.toString());
		assertEquals(List.of("shop.Cart#total(Item)"), query("""
				SELECT e.key FROM memory_relations r JOIN memory_entities e ON e.id = r.owner
				WHERE r.kind = 'CALLS' AND r.target = 'shop.Item#price()'"""));

		Files.delete(project.resolve("README.md"));
		write("src/shop/Item.java", "package shop;\n\npublic record Item(long price, int count) {\n}\n");
		var second = index();
		assertTrue(second.out().contains(": 1 read, 1 removed"), second.toString());
		var third = index("--json");
		assertEquals(0, JSON.readTree(third.out()).path("read").asInt(), third.toString());
	}

	@Test
	void aFolderThatIsNotThereIsAClearErrorAndNothingIsIndexed() throws Exception {
		var result = fixture.pi.run(List.of("index", "--workspace", fixture.workspace.toString(), project.resolve("nowhere").toString()));
		assertEquals(2, result.exit(), result.toString());
		assertTrue(result.err().contains("nowhere is not a folder"), result.toString());
	}

	@Test
	void killedWhileIndexingTheMemoryStaysSoundAndTheNextRunGoesOnFromThere() throws Exception {
		for (int i = 0; i < MANY; i++) {
			write("src/gen/p" + (i % 30) + "/Part" + i + ".java", "package gen.p" + (i % 30) + ";\n\n/** Part number " + i
					+ " of the machine. */\npublic class Part" + i + " {\n\tpublic int weight() {\n\t\treturn " + i + ";\n\t}\n}\n");
		}
		var process = fixture.pi.startPiped(List.of("index", "--workspace", fixture.workspace.toString(), "--quiet", project.toString()));
		var stored = 0L;
		var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (stored < 100 && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			stored = storedSoFar();
		}
		new ProcessBuilder("bash", "-c", "kill -KILL " + process.pid()).start().waitFor();
		process.waitFor();
		assertTrue(stored > 0, "the run stored files before it was killed");
		assertSound();
		var before = count("SELECT count(*) FROM memory_files");
		assertTrue(before < MANY, "killed halfway: " + before + " files of " + MANY + " stored");

		var resumed = index("--json");
		assertEquals(0, resumed.exit(), resumed.toString());
		var report = JSON.readTree(resumed.out());
		assertEquals(MANY, report.path("files").asInt(), resumed.toString());
		assertEquals(MANY - before, report.path("read").asInt(), "the files stored before the kill are not read again");
		assertSound();
		assertEquals(MANY, count("SELECT count(*) FROM memory_entities WHERE kind = 'METHOD' AND name = 'weight'"),
				"each file's method is in the graph once");
	}

	/** How many files the running index has stored; none while the database or the memory's tables are being made. */
	private long storedSoFar() {
		if (!Files.exists(fixture.database())) {
			return 0;
		}
		try {
			return count("SELECT count(*) FROM memory_files");
		} catch (SQLException e) {
			return 0;
		}
	}

	/** SQLite's integrity check, and no chunk without its entity or file without its chunks. */
	private void assertSound() throws SQLException {
		assertEquals(List.of("ok"), query("PRAGMA integrity_check"));
		assertEquals(0, count("SELECT count(*) FROM memory_chunks c WHERE NOT EXISTS (SELECT 1 FROM memory_entities e WHERE e.id = c.entity)"));
		assertEquals(0, count("""
				SELECT count(*) FROM memory_files f WHERE NOT EXISTS
				(SELECT 1 FROM memory_entities e JOIN memory_chunks c ON c.entity = e.id WHERE e.file = f.id)"""));
	}

	private PiRunner.Result index(String... options) throws Exception {
		var arguments = new ArrayList<>(List.of("index", "--workspace", fixture.workspace.toString()));
		arguments.addAll(List.of(options));
		arguments.add(project.toString());
		return fixture.pi.run(arguments);
	}

	private void write(String path, String text) throws Exception {
		var file = project.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private long count(String sql) throws SQLException {
		return Long.parseLong(query(sql).get(0));
	}

	private List<String> query(String sql) throws SQLException {
		try (var connection = DriverManager.getConnection("jdbc:sqlite:" + fixture.database());
				var rows = connection.createStatement().executeQuery(sql)) {
			var values = new ArrayList<String>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}
}
