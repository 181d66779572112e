package dev.piassistant.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Overrides;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.training.internal.data.Datasets;
import dev.piassistant.training.internal.prep.Split;
import dev.piassistant.training.internal.prep.Validation;

/**
 * Pi's trainer on real data next to scikit-learn's logistic regression (ridge for regression), MLP and random
 * forest, fitted in the same run on the same splits (the peers train on Pi's training and validation rows,
 * since Pi holds validation out for early stopping), plus the majority class (or the mean) as a floor; and
 * the epoch time of a fixed MLP in DJL against the same MLP in PyTorch for Python. Tiny with the tests
 * (iris, one seed, a small MLP); in full with {@code ./pi bench} (iris, wine, breast cancer, digits, diabetes,
 * three seeds; 16,000 rows for the epoch times). The peers need Debian's python3-sklearn and python3-torch;
 * where they are missing the benchmark says so and reports Pi against the floor alone.
 */
class TrainingBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final List<Long> SEEDS = FULL ? List.of(42L, 7L, 2026L) : List.of(42L);
	private static final Map<String, String> DATASETS = FULL
			? Map.of("iris", "target", "wine", "target", "breast_cancer", "target", "digits", "target", "diabetes", "target")
			: Map.of("iris", "species");

	private final TrainingService training = Training.service();
	private final StringBuilder report = new StringBuilder();

	@Test
	void piNextToItsPeers(@TempDir Path folder) throws Exception {
		var script = bench();
		var sklearn = Peers.find(script, "sklearn");
		var files = new LinkedHashMap<String, Path>();
		if (FULL && sklearn.isPresent()) {
			sklearn.get().datasets(folder);
			DATASETS.keySet().stream().sorted().forEach(name -> files.put(name, folder.resolve(name + ".csv")));
		} else {
			files.put("iris", TestData.iris(folder));
		}
		line("Training benchmark (%s): Pi Assistant's trainer (DJL, %s) on the test split%n", FULL ? "full" : "tiny", engine());
		var jobs = new ArrayList<Map<String, Object>>();
		var pi = new ArrayList<Result>();
		for (var entry : files.entrySet()) {
			var label = DATASETS.getOrDefault(entry.getKey(), "target");
			var task = entry.getKey().equals("diabetes") ? TaskType.TABULAR_REGRESSION : TaskType.TABULAR_CLASSIFICATION;
			var splits = new ArrayList<Map<String, Object>>();
			for (var seed : SEEDS) {
				var run = Training.train(training, new TrainingRequest(entry.getKey(), entry.getValue(), label, task).with(Overrides.NONE.withSeed(seed)));
				assertEquals(RunState.COMPLETED, run.state(), () -> String.valueOf(run.problem()));
				var split = Split.of(Validation.check(Datasets.read(entry.getValue()), label, null, task), seed);
				pi.add(Result.of(entry.getKey(), seed, "pi", run));
				pi.add(Result.floor(entry.getKey(), seed, Validation.check(Datasets.read(entry.getValue()), label, null, task), split));
				splits.add(Map.of("seed", seed, "train", split.train(), "validation", split.validation(), "test", split.test()));
			}
			jobs.add(Map.of("name", entry.getKey(), "csv", entry.getValue().toString(), "label", label, "task",
					task == TaskType.TABULAR_REGRESSION ? "regression" : "classification", "splits", splits));
		}
		var all = new ArrayList<>(pi);
		if (sklearn.isPresent()) {
			sklearn.get().fit(jobs, folder).forEach(node -> all.add(Result.of(node)));
		} else {
			line("scikit-learn is not available here (/usr/bin/python3 with python3-sklearn): Pi is compared with the floor only.%n");
		}
		Result.table(all, this::line);
		var iris = pi.stream().filter(r -> r.dataset().equals("iris") && r.model().equals("pi")).findFirst().orElseThrow();
		var floor = pi.stream().filter(r -> r.dataset().equals("iris") && r.model().equals("majority")).findFirst().orElseThrow();
		assertTrue(iris.score() > floor.score() + 0.4, "Pi on iris " + iris.score() + " against the majority class " + floor.score());
		epochTimes(folder, script);
		write();
	}

	/** A fixed MLP's epochs in DJL (through the service) and in PyTorch for Python, on data of the same shape. */
	private void epochTimes(Path folder, Path script) throws Exception {
		int rows = FULL ? 16_000 : 1_000;
		int epochs = FULL ? 10 : 3;
		var hidden = List.of(64, 64);
		var data = TestData.quadrants(folder.resolve("mlp"), rows, 1);
		var run = Training.train(training, new TrainingRequest("mlp", data, "quadrant", TaskType.TABULAR_CLASSIFICATION)
				.with(Overrides.NONE.withHidden(hidden).withBatchSize(32).withMaxEpochs(epochs + 1).withPatience(100)));
		// The first epoch warms the engine up; Pi's epoch also measures the validation split and writes a checkpoint.
		var times = training.epochs(run.id()).stream().skip(1).mapToLong(EpochMetrics::millis).toArray();
		double pi = java.util.Arrays.stream(times).average().orElseThrow() / 1000.0;
		line("%nEpoch time of an MLP %d-%s-%d, batch 32, Adam, %d training rows, %s threads:%n", run.data().features(), hidden, 4,
				run.data().train(), System.getProperty("ai.djl.pytorch.num_threads"));
		line("  Pi (DJL, %s): %.4f s%n", engine(), pi);
		var torch = Peers.find(script, "torch");
		if (torch.isEmpty()) {
			line("  PyTorch for Python is not available here (/usr/bin/python3 with python3-torch): no ratio.%n");
			return;
		}
		var random = new Random(1);
		var x = new float[run.data().train()][run.data().features()];
		var y = new int[x.length];
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < x[i].length; j++) {
				x[i][j] = (float) random.nextGaussian();
			}
			y[i] = random.nextInt(4);
		}
		JsonNode result = torch.get().torch(Map.of("x", x, "y", y, "hidden", hidden, "classes", 4, "batch", 32, "epochs", epochs, "warmup", 1,
				"threads", Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads", "1"))), folder);
		double sum = 0;
		for (var seconds : result.get("epoch_seconds")) {
			sum += seconds.asDouble();
		}
		double python = sum / result.get("epoch_seconds").size();
		line("  PyTorch %s for Python: %.4f s (training only)%n", result.get("torch").asText(), python);
		line("  ratio Pi / PyTorch: %.2f%n", pi / python);
	}

	private String engine() {
		return training.engine() instanceof dev.piassistant.core.inference.EngineStatus.Ready ready ? ready.engine() + " " + ready.version()
				: training.engine().toString();
	}

	private Path bench() {
		// The test runs in the module's folder; bench/ holds the peers' script.
		return Path.of("bench", "peers.py").toAbsolutePath();
	}

	private void line(String format, Object... arguments) {
		report.append(String.format(Locale.ROOT, format, arguments));
	}

	private void write() throws Exception {
		System.out.print(report);
		var out = Path.of(System.getProperty("pi.bench.out", "target/bench"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("training.txt"), report);
	}

	static Duration timeOf(RunSummary run) {
		return Duration.between(run.started(), run.ended());
	}
}
