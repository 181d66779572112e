package dev.piassistant.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two plans, by step id. Moved steps are the fewest that explain the new order:
 * steps that changed group, plus those outside the longest run of common steps that kept their order.
 * Changed steps are those whose text, expected outcome, flags or dependencies differ; states are not
 * compared, since they change as the plan runs.
 */
public record PlanDiff(List<StepId> added, List<StepId> removed, List<StepId> moved, List<StepId> changed) {

	public PlanDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		moved = List.copyOf(moved);
		changed = List.copyOf(changed);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && changed.isEmpty();
	}

	public static PlanDiff between(Plan before, Plan after) {
		var old = index(before);
		var now = index(after);
		var added = after.all().stream().map(Step::id).filter(id -> !old.containsKey(id)).toList();
		var removed = before.all().stream().map(Step::id).filter(id -> !now.containsKey(id)).toList();
		var changed = after.all().stream().filter(step -> old.containsKey(step.id()))
				.filter(step -> !old.get(step.id()).step().sameContent(step)).map(Step::id).toList();
		return new PlanDiff(added, removed, moved(old, now, after), changed);
	}

	private record Place(Step step, StepId parent, int order) {
	}

	private static Map<StepId, Place> index(Plan plan) {
		var places = new HashMap<StepId, Place>();
		var order = 0;
		for (var step : plan.all()) {
			var parent = plan.parentOf(step.id()).map(Step::id).orElse(null);
			places.put(step.id(), new Place(step, parent, order++));
		}
		return places;
	}

	private static List<StepId> moved(Map<StepId, Place> old, Map<StepId, Place> now, Plan after) {
		var moved = new ArrayList<StepId>();
		var common = new ArrayList<StepId>();
		for (var step : after.all()) {
			var before = old.get(step.id());
			if (before == null) {
				continue;
			}
			if (!Objects.equals(before.parent(), now.get(step.id()).parent())) {
				moved.add(step.id());
			} else {
				common.add(step.id());
			}
		}
		var kept = longestIncreasingRun(common, old);
		common.stream().filter(id -> !kept.contains(id)).forEach(moved::add);
		return after.all().stream().map(Step::id).filter(moved::contains).toList();
	}

	/** The ids, in new order, whose old positions form the longest increasing subsequence. */
	private static Set<StepId> longestIncreasingRun(List<StepId> ids, Map<StepId, Place> old) {
		int n = ids.size();
		var length = new int[n];
		var previous = new int[n];
		int best = -1;
		for (int i = 0; i < n; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (old.get(ids.get(j)).order() < old.get(ids.get(i)).order() && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			if (best < 0 || length[i] > length[best]) {
				best = i;
			}
		}
		var kept = new HashSet<StepId>();
		for (int i = best; i >= 0; i = previous[i]) {
			kept.add(ids.get(i));
		}
		return kept;
	}
}
