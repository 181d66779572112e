package dev.piassistant.training.internal.deploy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.Hyperparameters;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.training.internal.prep.Preprocessing;

/** A deployed model described in markdown: what it does, its data, how it trained, its test results, its limits. */
final class ModelCard {

	private ModelCard() {
	}

	static String markdown(DeployedModel model, RunSummary run, Preprocessing preprocessing, MlpSpec spec, List<EpochMetrics> epochs) {
		var card = new StringBuilder();
		card.append("# Model card: ").append(model.name()).append(" v").append(model.version()).append("\n\n");
		card.append("Agent tool `").append(model.toolName()).append("`, deployed ").append(model.deployedAt()).append(" from run ")
				.append(run.id().shortForm()).append(" (\"").append(run.name()).append("\", started ").append(run.started()).append(").\n\n");
		purpose(card, run, preprocessing);
		data(card, run);
		training(card, run, spec, epochs);
		results(card, run.test());
		limits(card, run, preprocessing);
		return card.toString();
	}

	private static void purpose(StringBuilder card, RunSummary run, Preprocessing preprocessing) {
		card.append("## What it does\n\n");
		var inputs = preprocessing.inputs().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
		switch (run.taskType()) {
		case TEXT_CLASSIFICATION -> card.append("Classifies the text in ").append(inputs).append(" as one of: ");
		case TABULAR_CLASSIFICATION -> card.append("Classifies a row of ").append(inputs).append(" as one of: ");
		case TABULAR_REGRESSION -> card.append("Predicts `").append(run.labelColumn()).append("` (a number) from ").append(inputs).append(".\n\n");
		}
		if (run.taskType().isClassification()) {
			card.append(String.join(", ", preprocessing.classes())).append(" (column `").append(run.labelColumn()).append("`).\n\n");
		}
	}

	private static void data(StringBuilder card, RunSummary run) {
		var data = run.data();
		card.append("## Data\n\n");
		card.append("- Source: `").append(run.dataset()).append("` (").append(data.format()).append("), ").append(data.rows()).append(" rows\n");
		card.append("- Inputs: ").append(String.join(", ", data.inputs())).append(" (").append(data.features()).append(" features after encoding)\n");
		if (!data.classes().isEmpty()) {
			card.append("- Classes: ").append(data.classes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", "))).append('\n');
		}
		card.append("- Split (seed ").append(run.hyperparameters().seed()).append(run.taskType().isClassification() ? ", stratified" : "")
				.append("): ").append(data.train()).append(" training, ").append(data.validation()).append(" validation, ").append(data.test())
				.append(" test\n\n");
	}

	private static void training(StringBuilder card, RunSummary run, MlpSpec spec, List<EpochMetrics> epochs) {
		Hyperparameters h = run.hyperparameters();
		card.append("## Training\n\n");
		card.append("- Network: ").append(spec.inputs());
		spec.hidden().forEach(width -> card.append(" → ").append(width));
		card.append(" → ").append(spec.outputs()).append(spec.hidden().isEmpty() ? " (linear)" : " (MLP, ReLU")
				.append(spec.hidden().isEmpty() ? "" : spec.dropout() > 0 ? String.format(Locale.ROOT, ", dropout %.2g)", spec.dropout()) : ")")
				.append(", ").append(spec.parameters()).append(" parameters\n");
		card.append(String.format(Locale.ROOT, "- Adam, peak learning rate %.3g, %s; weight decay %.1g; batch %d%n", h.learningRate(),
				h.schedule() == dev.piassistant.core.training.Schedule.CONSTANT ? "constant"
						: "warm-up over " + h.warmupEpochs() + " epochs then cosine decay",
				h.weightDecay(), h.batchSize()));
		card.append("- Best epoch ").append(run.bestEpoch()).append(" of ").append(run.epochs()).append(" (at most ").append(h.maxEpochs())
				.append(run.stoppedEarly() ? "; stopped early after " + h.patience() + " epochs without improvement" : "").append("), on ")
				.append(run.device()).append('\n');
		long millis = epochs.stream().mapToLong(EpochMetrics::millis).sum();
		card.append(String.format(Locale.ROOT, "- Training time: %.1f s%n%n", millis / 1000.0));
	}

	private static void results(StringBuilder card, @Nullable Evaluation test) {
		if (test == null) {
			return;
		}
		card.append("## Test results\n\nOn ").append(test.rows()).append(" rows held out from training:\n\n| metric | value |\n|---|---|\n");
		row(card, "accuracy", test.accuracy());
		row(card, "macro-F1", test.macroF1());
		row(card, "MAE", test.mae());
		row(card, "RMSE", test.rmse());
		row(card, "R²", test.r2());
		if (!test.classes().isEmpty()) {
			card.append("\n| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
			test.classes().forEach(c -> card.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", c.label(), c.precision(),
					c.recall(), c.f1(), c.support())));
			card.append("\nConfusion matrix (rows: the true class, columns: the predicted one):\n\n| |");
			test.labels().forEach(label -> card.append(' ').append(label).append(" |"));
			card.append("\n|---|").append("---|".repeat(test.labels().size())).append('\n');
			for (int i = 0; i < test.labels().size(); i++) {
				card.append("| **").append(test.labels().get(i)).append("** |");
				test.confusion().get(i).forEach(count -> card.append(' ').append(count).append(" |"));
				card.append('\n');
			}
		}
		card.append('\n');
	}

	private static void row(StringBuilder card, String metric, @Nullable Double value) {
		if (value != null) {
			card.append(String.format(Locale.ROOT, "| %s | %.4f |%n", metric, value));
		}
	}

	private static void limits(StringBuilder card, RunSummary run, Preprocessing preprocessing) {
		card.append("## Limits\n\n");
		if (run.taskType().isClassification()) {
			card.append(String.format(Locale.ROOT,
					"- Predictions with a probability under %.2f are marked `low_confidence`: the agent should ask the user for the right label.%n",
					preprocessing.lowConfidence()));
			card.append("- It only knows the classes above; an input that belongs to none still gets one of them.\n");
		}
		card.append("- It learned from ").append(run.data().train()).append(" examples of one dataset; inputs unlike them get unreliable answers, ")
				.append("and its test figures come from ").append(run.data().test()).append(" rows only.\n");
		if (run.taskType() == TaskType.TEXT_CLASSIFICATION) {
			card.append("- Only the ").append(preprocessing.vocabulary().size())
					.append(" words and word pairs of its vocabulary count; word order beyond pairs, and other words, are ignored.\n");
		} else {
			card.append("- Every input column is required. Numbers are standardised with the training data's mean and deviation, so values far "
					+ "outside the training range extrapolate; a category not seen in training counts as none of the known ones.\n");
		}
		if (run.taskType() == TaskType.TABULAR_REGRESSION) {
			card.append("- Each prediction is a single number with no error bar; the test RMSE above is the typical error.\n");
		}
	}
}
