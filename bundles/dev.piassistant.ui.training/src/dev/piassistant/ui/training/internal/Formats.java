package dev.piassistant.ui.training.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;

/** How the dashboard writes states, tasks, numbers and times. */
final class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

	private Formats() {
	}

	static String state(RunState state) {
		return switch (state) {
			case RUNNING -> Messages.State_RUNNING;
			case COMPLETED -> Messages.State_COMPLETED;
			case STOPPED -> Messages.State_STOPPED;
			case FAILED -> Messages.State_FAILED;
			case INTERRUPTED -> Messages.State_INTERRUPTED;
		};
	}

	static String task(TaskType task) {
		return switch (task) {
			case TEXT_CLASSIFICATION -> Messages.Task_TEXT_CLASSIFICATION;
			case TABULAR_CLASSIFICATION -> Messages.Task_TABULAR_CLASSIFICATION;
			case TABULAR_REGRESSION -> Messages.Task_TABULAR_REGRESSION;
		};
	}

	/** Accuracy and macro-F1 for classes, R² and RMSE for a regression. */
	static String score(@Nullable Evaluation test) {
		if (test == null) {
			return "";
		}
		if (test.accuracy() != null) {
			return NLS.bind("acc {0}, F1 {1}", number(test.accuracy()), number(test.macroF1()));
		}
		return NLS.bind("R\u00b2 {0}, RMSE {1}", number(test.r2()), number(test.rmse()));
	}

	static String number(@Nullable Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
	}

	static String rate(double value) {
		return String.format(Locale.ROOT, "%.2e", value);
	}

	static String time(RunSummary run) {
		return TIME.format(run.started());
	}
}
