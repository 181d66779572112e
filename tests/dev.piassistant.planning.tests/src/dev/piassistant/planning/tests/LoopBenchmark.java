package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.Reply;

/**
 * The loop's own cost, measured against the same scripted server in the same run: per plan step with the model's
 * and the tools' time taken out, and the time to the first token the loop adds over a raw HTTP request. Runs at
 * a tiny size with the tests (so it never rots) and in full with {@code ./pi bench}; prints its figures and
 * writes them to {@code target/bench/loop.txt}. Not a timed test: it asserts only that the task ran as scripted.
 */
class LoopBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final int STEPS = FULL ? 25 : 3;
	private static final int TASKS = FULL ? 15 : 1;
	/** Tasks run first and not counted, so that the figures are those of compiled, not interpreted, code. */
	private static final int WARM_UP = FULL ? 5 : 0;
	private static final int FIRST_TOKEN_ROUNDS = FULL ? 200 : 5;

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<MessageId, Long> callStarts = new HashMap<>();
	private final Map<MessageId, Long> callCpuStarts = new HashMap<>();
	private long modelNanos;
	/** CPU time of the task's own thread, from its first event to its last, less what went into model calls. */
	private long loopCpuFirst = -1;
	private long loopCpuLast;
	private long modelCpuNanos;
	private final AgentListener timer = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			var now = System.nanoTime();
			var onTaskThread = !(event instanceof dev.piassistant.core.event.SessionStarted
					|| event instanceof dev.piassistant.core.event.UserMessageSent
					|| event instanceof dev.piassistant.core.event.TaskStarted);
			var cpu = onTaskThread ? THREADS.getCurrentThreadCpuTime() : 0;
			if (onTaskThread) {
				loopCpuFirst = loopCpuFirst < 0 ? cpu : loopCpuFirst;
				loopCpuLast = cpu;
			}
			if (event instanceof AssistantMessageStarted started) {
				callStarts.put(started.message(), now);
				callCpuStarts.put(started.message(), cpu);
			} else if (event instanceof AssistantMessageCompleted completed && callStarts.containsKey(completed.message())) {
				modelNanos += now - callStarts.remove(completed.message());
				modelCpuNanos += cpu - callCpuStarts.remove(completed.message());
			}
		}
	};

	@BeforeEach
	void start() throws Exception {
		fixture.agent.addListener(timer);
	}

	@AfterEach
	void stop() throws Exception {
		fixture.agent.removeListener(timer);
	}

	@Test
	void loopOverheadPerStepAndAddedTimeToFirstToken() throws Exception {
		var registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(ToolProvider.class,
				() -> List.of(new Tool("noop", "Does nothing", Schema.object().integer("n", "a number", false).build(), Risk.READ,
						call -> ToolResult.ok("ok"))), null);
		try {
			var perStep = new ArrayList<Double>();
			var cpuPerStep = new ArrayList<Double>();
			for (int task = 0; task < WARM_UP + TASKS; task++) {
				var millis = overheadPerStepMillis(task);
				if (task >= WARM_UP) {
					perStep.add(millis);
					cpuPerStep.add((loopCpuLast - loopCpuFirst - modelCpuNanos) / 1e6 / STEPS);
				}
			}
			var firstToken = addedTimeToFirstTokenMillis();
			report(perStep, cpuPerStep, firstToken);
		} finally {
			registration.unregister();
		}
	}

	/** One task of {@link #STEPS} steps, each a tool call and an answer; returns the loop's own milliseconds per step. */
	private double overheadPerStepMillis(int round) throws Exception {
		var steps = new String[STEPS * 2];
		for (int i = 0; i < STEPS; i++) {
			steps[2 * i] = "Step " + i;
			steps[2 * i + 1] = "done";
		}
		fixture.server.enqueue(Scripts.plan(steps));
		for (int i = 0; i < STEPS; i++) {
			fixture.server.enqueue(Scripts.call("c" + i, "noop", "{\"n\":" + i + "}"), Scripts.say("Step " + i + " done."));
		}
		modelNanos = 0;
		modelCpuNanos = 0;
		loopCpuFirst = -1;
		var started = System.nanoTime();
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Benchmark round " + round,
				fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT.withMaxTokens(0))));
		var total = System.nanoTime() - started;
		var toolNanos = fixture.logged(end.session(), ToolCallEnded.class).stream()
				.mapToLong(call -> TimeUnit.MILLISECONDS.toNanos(call.durationMillis())).sum();
		assertEquals(1 + 2 * STEPS, fixture.logged(end.session(), AssistantMessageCompleted.class).size());
		return (total - modelNanos - toolNanos) / 1e6 / STEPS;
	}

	/** Alternates a raw streamed request and a task answering the same reply; returns the medians' difference. */
	private double[] addedTimeToFirstTokenMillis() throws Exception {
		var raw = new ArrayList<Double>();
		var loop = new ArrayList<Double>();
		var http = HttpClient.newHttpClient();
		for (int round = 0; round < FIRST_TOKEN_ROUNDS; round++) {
			fixture.server.enqueue(Reply.openAiStream("Hello", " there."));
			raw.add(rawFirstToken(http));
			fixture.server.enqueue(Reply.openAiStream("Hello", " there."));
			loop.add(loopFirstToken(SessionId.random(), round));
		}
		return new double[] { median(raw), median(loop), percentile(raw, 0.9), percentile(loop, 0.9) };
	}

	private double rawFirstToken(HttpClient http) throws IOException, InterruptedException {
		var body = "{\"model\":\"big-model\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
		var request = HttpRequest.newBuilder(URI.create(fixture.server.baseUrl() + "/v1/chat/completions"))
				.version(HttpClient.Version.HTTP_1_1).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		var started = System.nanoTime();
		var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream in = response.body()) {
			var line = new StringBuilder();
			int c;
			while ((c = in.read()) >= 0) {
				line.append((char) c);
				if (c == '\n' && line.indexOf("\"content\"") >= 0) {
					break;
				}
			}
			var first = System.nanoTime() - started;
			in.readAllBytes();
			return first / 1e6;
		}
	}

	private double loopFirstToken(SessionId session, int round) throws Exception {
		var first = new CountDownLatch(1);
		var listener = new AgentListener() {
			@Override
			public void onEvent(AgentEvent event) {
			}

			@Override
			public void onTextDelta(SessionId in, MessageId message, String delta) {
				if (in.equals(session)) {
					first.countDown();
				}
			}
		};
		fixture.agent.addListener(listener);
		try {
			var started = System.nanoTime();
			var task = fixture.agent.start(new dev.piassistant.core.agent.TaskRequest(session, "Hi " + round,
					fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT.withMaxTokens(0))));
			assertTrue(first.await(20, TimeUnit.SECONDS));
			var elapsed = System.nanoTime() - started;
			LoopFixture.await(task);
			return elapsed / 1e6;
		} finally {
			fixture.agent.removeListener(listener);
		}
	}

	private static void report(List<Double> perStep, List<Double> cpuPerStep, double[] firstToken) throws IOException {
		var text = String.format(Locale.ROOT, """
				Pi Assistant loop benchmark (%s: %d task(s) of %d steps after %d to warm up, %d first-token rounds, %d cores)
				loop overhead per step, model and tool time excluded: median %.3f ms, worst %.3f ms (target <= 2 ms)
				  of which CPU time of the task's thread: median %.3f ms (the rest is waiting for a core or for I/O)
				time to first token: raw HTTP median %.2f ms (p90 %.2f), through the loop median %.2f ms (p90 %.2f)
				added by the loop: %.2f ms at the median (target <= 10 ms)
				""", FULL ? "full" : "tiny", TASKS, STEPS, WARM_UP, FIRST_TOKEN_ROUNDS, Runtime.getRuntime().availableProcessors(),
				median(perStep), Collections.max(perStep), median(cpuPerStep), firstToken[0], firstToken[2], firstToken[1],
				firstToken[3], firstToken[1] - firstToken[0]);
		System.out.println(text);
		var out = Path.of(System.getProperty("pi.bench.out", "target/bench"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("loop.txt"), text, StandardCharsets.UTF_8);
	}

	private static double median(List<Double> values) {
		return percentile(values, 0.5);
	}

	private static double percentile(List<Double> values, double share) {
		var sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
	}
}
