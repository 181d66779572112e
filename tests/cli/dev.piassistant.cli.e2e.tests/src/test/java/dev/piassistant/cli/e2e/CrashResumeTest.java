package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * pi killed with SIGKILL at random points of a scripted task: after each kill the database passes SQLite's
 * integrity check, and {@code pi resume} finishes the task without running a completed tool call again.
 * The kill points come from a seed printed at the start; -Dcli.crash.seed=N replays a run.
 */
class CrashResumeTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int STEPS = 4;
	private static final int ROUNDS = 4;

	private final List<PiFixture> fixtures = new ArrayList<>();

	@AfterEach
	void stop() {
		fixtures.forEach(PiFixture::close);
	}

	@Test
	void killedAtRandomPointsTheTaskResumesToItsEndWithoutRepeatingACompletedCall() throws Exception {
		var seed = seed();
		System.out.println("[crash-test] seed " + seed + " (replay with -Dcli.crash.seed=" + seed + ")");
		var random = new Random(seed);
		var events = reference();
		for (int round = 1; round <= ROUNDS; round++) {
			var fixture = fixture("round-" + round);
			var completed = new HashSet<String>();
			var kills = new ArrayList<String>();
			// The first run is killed after an event between the task's start and its last steps.
			var killAfter = 2 + random.nextInt(Math.max(1, events - 5));
			var first = runUntil(fixture, fixture.run("--json", "--yes", "Record " + STEPS + " lines"), killAfter, random, completed);
			kills.add("run after " + first + " events");
			assertIntact(fixture, kills);
			// Half the rounds kill the resumed run too, early in it.
			if (random.nextBoolean()) {
				var second = runUntil(fixture, fixture.resume("--json", "--yes"), 1 + random.nextInt(12), random, completed);
				kills.add("resume after " + second + " events");
				assertIntact(fixture, kills);
			}
			var end = runUntil(fixture, fixture.resume("--json", "--yes"), Integer.MAX_VALUE, random, completed);
			System.out.println("[crash-test] round " + round + ": killed " + kills + ", resumed to the end (" + end + " events)");
			assertFinished(fixture, completed, kills);
		}
	}

	@Test
	void onTheTerminalResumeShowsWhereTheTaskStoodAndFinishesIt() throws Exception {
		var fixture = fixture("terminal");
		fixture.server.respondWith(new StepResponder(2));
		var completed = new HashSet<String>();
		// Killed as soon as the first line is recorded: step 1 has done its call, step 2 has not started.
		var process = fixture.pi.startPiped(fixture.run("--json", "--yes", "Record 2 lines"));
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (var line = lines.readLine(); line != null; line = lines.readLine()) {
				var event = parse(line);
				if (event != null && event.path("type").asText().equals("ToolCallEnded") && event.path("toolName").asText().equals("append_call")) {
					kill(process);
				}
			}
		}
		process.waitFor();
		var resumed = fixture.pi.run(fixture.resume("--yes"));
		assertEquals(0, resumed.exit(), resumed.toString());
		var out = resumed.out();
		assertTrue(out.startsWith("pi - resuming task "), out);
		assertTrue(out.contains("Task: Record 2 lines\n"), out);
		assertTrue(out.contains(". Record line 1\n  [pending] 2. Record line 2\nTool calls done before, not made again: 1\n"), out);
		assertTrue(out.contains("[ok] Done - 2 of 2 steps - "), out);
		assertEquals(2, Files.readAllLines(fixture.callsLog()).size(), "one line per step: " + Files.readAllLines(fixture.callsLog()));
	}

	/** Runs the task once without a kill: it must complete, and its number of events bounds the kill points. */
	private int reference() throws Exception {
		var fixture = fixture("reference");
		var completed = new HashSet<String>();
		var events = runUntil(fixture, fixture.run("--json", "--yes", "Record " + STEPS + " lines"), Integer.MAX_VALUE, new Random(0), completed);
		assertEquals(STEPS, completed.size(), "completed calls of the reference run");
		assertFinished(fixture, completed, List.of());
		return events;
	}

	private PiFixture fixture(String name) throws IOException {
		var fixture = new PiFixture("crash-" + name);
		fixture.server.respondWith(new StepResponder(STEPS));
		fixtures.add(fixture);
		return fixture;
	}

	/**
	 * Runs pi with --json and kills it (SIGKILL) after {@code killAfter} events and a random few milliseconds;
	 * notes the calls its output says completed. Returns how many events it printed.
	 */
	private static int runUntil(PiFixture fixture, List<String> arguments, int killAfter, Random random, Set<String> completed)
			throws IOException, InterruptedException {
		var process = fixture.pi.startPiped(arguments);
		var count = 0;
		var lateness = random.nextInt(40);
		var copy = Path.of(fixture.pi.lastErrors().toString().replaceFirst("\\.err$", ".out"));
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				var kept = Files.newBufferedWriter(copy)) {
			for (var line = lines.readLine(); line != null; line = lines.readLine()) {
				kept.write(line + "\n");
				var event = parse(line);
				if (event == null) {
					continue; // the line the kill cut short
				}
				count++;
				if (event.path("type").asText().equals("ToolCallEnded") && event.path("outcome").asText().equals("COMPLETED")
						&& event.path("toolName").asText().equals("append_call")) {
					completed.add(event.path("callId").asText());
				}
				if (count == killAfter) {
					Thread.sleep(lateness);
					kill(process);
				}
			}
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pi ended");
		if (killAfter == Integer.MAX_VALUE) {
			assertEquals(0, process.exitValue(), "exit code of " + arguments + ":\n" + Files.readString(fixture.pi.lastErrors()));
		}
		return count;
	}

	/** SIGKILL, sent with bash's kill so that what pi wrote before it died can still be read from the pipe. */
	private static void kill(Process process) throws IOException, InterruptedException {
		new ProcessBuilder("bash", "-c", "kill -KILL " + process.pid()).start().waitFor();
	}

	private static void assertIntact(PiFixture fixture, List<String> kills) throws SQLException {
		try (var connection = DriverManager.getConnection("jdbc:sqlite:" + fixture.database());
				var check = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
			assertTrue(check.next());
			assertEquals("ok", check.getString(1), "integrity of the database after " + kills);
		}
	}

	/** Every step recorded its line, and no call the output reported completed ran twice. */
	private static void assertFinished(PiFixture fixture, Set<String> completed, List<String> kills) throws IOException {
		var runs = new HashMap<String, Integer>();
		var texts = new HashSet<String>();
		for (var line : Files.readAllLines(fixture.callsLog())) {
			var parts = line.split(" ", 2);
			runs.merge(parts[0], 1, Integer::sum);
			texts.add(parts[1]);
		}
		for (int i = 1; i <= STEPS; i++) {
			assertTrue(texts.contains("Record line " + i), "line " + i + " recorded, after " + kills + ": " + runs);
		}
		for (var call : completed) {
			assertEquals(1, runs.getOrDefault(call, 0), "runs of completed call " + call + " after " + kills + ": " + runs);
		}
		var again = runs.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
		assertEquals(List.of(), again, "calls that ran twice, after " + kills);
	}

	private static JsonNode parse(String line) {
		try {
			var node = JSON.readTree(line);
			return node != null && node.isObject() ? node : null;
		} catch (IOException e) {
			return null;
		}
	}

	private static long seed() {
		var given = System.getProperty("piassistant.cli.crash.seed", "");
		return given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
	}
}
