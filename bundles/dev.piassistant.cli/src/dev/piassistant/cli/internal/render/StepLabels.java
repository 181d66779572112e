package dev.piassistant.cli.internal.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/** Steps numbered by their place in the tree ("2", "2.1"), as people read a plan, whatever their ids. */
public final class StepLabels {

	private final Map<StepId, String> numbers = new HashMap<>();
	private final Plan plan;

	public StepLabels(Plan plan) {
		this.plan = plan;
		number(plan.steps(), "");
	}

	private void number(List<Step> level, String prefix) {
		for (int i = 0; i < level.size(); i++) {
			var number = prefix + (i + 1);
			numbers.put(level.get(i).id(), number);
			number(level.get(i).children(), number + ".");
		}
	}

	/** "2.1", or the id itself for a step the plan does not have. */
	public String number(StepId step) {
		return numbers.getOrDefault(step, step.value());
	}

	/** "2." for a top-level step, "2.1" below it: how the number is printed before the text. */
	public String numbered(StepId step) {
		var number = number(step);
		return number.contains(".") ? number : number + ".";
	}

	/** "2. Fix the parser", "2.1 Edit Parser.java" */
	public String label(StepId step) {
		return plan.find(step).map(found -> numbered(step) + " " + oneLine(found.description())).orElse(numbered(step));
	}

	public int depth(StepId step) {
		var number = numbers.get(step);
		return number == null ? 0 : (int) number.chars().filter(c -> c == '.').count();
	}

	static String oneLine(String text) {
		var line = text.strip();
		var end = line.indexOf('\n');
		return end < 0 ? line : line.substring(0, end).strip();
	}
}
