package dev.piassistant.training.internal.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.training.DatasetException;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Overrides;
import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingListener;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * {@code train_model}: the agent trains a model on a dataset of the workspace and, by default, deploys it as a
 * tool it can call next. Training runs code on the user's machine for a while, so it is an execute-risk
 * tool: the user approves it. The call follows the run (each epoch shows as progress), stops it when the
 * task is stopped, and answers with the test results and how to call the new tool.
 */
@Component(service = ToolProvider.class)
public final class TrainModelTool implements ToolProvider {

	public static final String NAME = "train_model";
	private static final List<String> TASKS = List.of("text_classification", "tabular_classification", "tabular_regression");

	private TrainingService training;

	@Reference
	void setTraining(TrainingService service) {
		training = service;
	}

	@Override
	public List<Tool> tools() {
		var parameters = Schema.object()
				.string("dataset", "The data: a .csv, .tsv, .json or .jsonl file, or a folder with one sub-folder of text files per label; "
						+ "relative to the workspace or absolute", true)
				.string("name", "The model's name, lower-case letters, digits and underscores (like support_tickets); the tool is "
						+ "classify_<name> or predict_<name>", true)
				.string("label", "The column to predict (not needed for a folder)", false)
				.choice("task", "What to learn; inferred from the label column when left out", TASKS, false)
				.string("text_column", "For text classification from a file: the column with the text (default: the longest text column)", false)
				.integer("max_epochs", "The most epochs to train (default: chosen from the data's size)", 1, 1000, false)
				.bool("deploy", "Deploy the trained model as a tool at once (default true)", false).build();
		return List.of(new Tool(NAME, "Train a small model on the user's own data (classification of texts or table rows, or regression of a number) "
				+ "and deploy it as a tool you can call. Training runs locally and takes from seconds to minutes.", parameters, Risk.EXECUTE,
				this::train));
	}

	private ToolResult train(ToolInvocation call) throws InterruptedException {
		var name = call.text("name", "");
		var dataset = call.context().workspace().resolve(Path.of(call.text("dataset", "")));
		var task = call.arguments().hasNonNull("task") ? TaskType.valueOf(call.text("task", "").toUpperCase(Locale.ROOT)) : null;
		var overrides = call.arguments().hasNonNull("max_epochs") ? Overrides.NONE.withMaxEpochs((int) call.number("max_epochs", 1)) : Overrides.NONE;
		var request = new TrainingRequest(name.isBlank() ? "model" : name, dataset, call.arguments().hasNonNull("label") ? call.text("label", "") : null,
				call.arguments().hasNonNull("text_column") ? call.text("text_column", "") : null, task, overrides);
		RunSummary started;
		try {
			Naming.require(name);
			started = training.start(request);
		} catch (DatasetException | IllegalArgumentException | IllegalStateException e) {
			return ToolResult.error(e.getMessage());
		}
		var ended = follow(started.id(), call);
		if (ended == null) {
			return ToolResult.error("The task was stopped; so was training run " + started.id().shortForm() + ".");
		}
		return Summaries.afterTraining(ended, call.flag("deploy", true) ? deploy(ended, name) : null);
	}

	/** Waits for the run, reporting each epoch; stops it if the task is stopped. Null when stopped so. */
	private RunSummary follow(RunId run, ToolInvocation call) throws InterruptedException {
		var listener = new TrainingListener() {
			@Override
			public void onRun(RunSummary summary) {
			}

			@Override
			public void onEpoch(RunId id, EpochMetrics epoch) {
				if (id.equals(run)) {
					call.context().progress(Summaries.epoch(epoch));
				}
			}
		};
		training.addListener(listener);
		call.context().onCancel(() -> training.stop(run));
		try {
			var completion = training.completion(run).toCompletableFuture();
			while (true) {
				try {
					var ended = completion.get(200, TimeUnit.MILLISECONDS);
					return call.context().isCancelled() ? null : ended;
				} catch (TimeoutException e) {
					// still training
				}
			}
		} catch (ExecutionException e) {
			throw new IllegalStateException("Training run " + run.shortForm() + " failed: " + e.getCause().getMessage(), e.getCause());
		} finally {
			training.removeListener(listener);
		}
	}

	private Object deploy(RunSummary run, String name) {
		if (!run.state().isDeployable() || run.test() == null) {
			return "not deployed";
		}
		try {
			return training.deploy(run.id(), name);
		} catch (RuntimeException e) {
			return "not deployed: " + e.getMessage();
		}
	}
}
