package dev.piassistant.training.internal.deploy;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;

/** What {@code train_model} tells the agent's model: the run's outcome, its test figures, and the new tool. */
public final class Summaries {

	private Summaries() {
	}

	/** One epoch, in a line: the Progress view's sub-task and the tool's progress. */
	public static String epoch(EpochMetrics epoch) {
		if (epoch.accuracy() != null) {
			return String.format(Locale.ROOT, "Epoch %d: validation loss %.4f, accuracy %.3f, macro-F1 %.3f", epoch.epoch(), epoch.validationLoss(),
					epoch.accuracy(), epoch.macroF1());
		}
		return String.format(Locale.ROOT, "Epoch %d: validation loss %.4f, MAE %.4g, R² %.3f", epoch.epoch(), epoch.validationLoss(), epoch.mae(),
				epoch.r2());
	}

	static ToolResult afterTraining(RunSummary run, @Nullable Object deployment) {
		if (run.state() == RunState.FAILED || run.state() == RunState.INTERRUPTED) {
			return ToolResult.error("Training run " + run.id().shortForm() + " " + run.state().name().toLowerCase(Locale.ROOT) + ": " + run.problem());
		}
		var text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "Trained '%s' (run %s): %s after %d epochs, best epoch %d%s.", run.name(), run.id().shortForm(),
				run.state() == RunState.STOPPED ? "stopped" : "completed", run.epochs(), run.bestEpoch(),
				run.stoppedEarly() ? " (early stopping)" : ""));
		var test = run.test();
		if (test != null) {
			text.append(' ').append(testLine(test));
		}
		if (deployment instanceof DeployedModel model) {
			text.append(String.format(Locale.ROOT, " Deployed as the tool %s (v%d): call it with %s. Model card: %s.", model.toolName(),
					model.version(), example(model), model.card()));
		} else if (deployment != null) {
			text.append(" The model was ").append(deployment).append('.');
		}
		return ToolResult.ok(text.toString());
	}

	private static String testLine(Evaluation test) {
		if (test.accuracy() != null) {
			return String.format(Locale.ROOT, "On %d held-out test rows: accuracy %.3f, macro-F1 %.3f.", test.rows(), test.accuracy(), test.macroF1());
		}
		return String.format(Locale.ROOT, "On %d held-out test rows: MAE %.4g, RMSE %.4g, R² %.3f.", test.rows(), test.mae(), test.rmse(), test.r2());
	}

	private static String example(DeployedModel model) {
		if (model.taskType() == TaskType.TEXT_CLASSIFICATION) {
			return "{\"texts\": [\"...\"]}";
		}
		return "{\"rows\": [{" + String.join(", ", model.inputs().stream().map(name -> "\"" + name + "\": ...").toList()) + "}]}";
	}
}
