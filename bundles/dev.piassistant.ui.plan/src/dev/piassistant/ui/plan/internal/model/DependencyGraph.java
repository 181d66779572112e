package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/**
 * What each working step waits for, as a graph: the steps it depends on, or else the step before it (the
 * agent works through a plan in order). Steps are laid out in layers, each below everything it waits for.
 * The critical path is the longest chain of unfinished steps: what the task's completion waits for.
 */
public final class DependencyGraph {

	/** A working step, its layer (0 at the top) and its column within the layer. */
	public record Node(Step step, int layer, int column, boolean critical) {
	}

	/** {@code to} waits for {@code from}. */
	public record Edge(StepId from, StepId to, boolean explicit, boolean critical) {
	}

	private final List<Node> nodes;
	private final List<Edge> edges;
	private final List<StepId> criticalPath;

	private DependencyGraph(List<Node> nodes, List<Edge> edges, List<StepId> criticalPath) {
		this.nodes = nodes;
		this.edges = edges;
		this.criticalPath = criticalPath;
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Edge> edges() {
		return edges;
	}

	/** The unfinished steps completion waits for, first to last; empty once all are finished. */
	public List<StepId> criticalPath() {
		return criticalPath;
	}

	public int layers() {
		return nodes.stream().mapToInt(Node::layer).max().orElse(-1) + 1;
	}

	public static DependencyGraph of(Plan plan) {
		var leaves = plan.leaves();
		var waits = waits(plan, leaves);
		var layer = new HashMap<StepId, Integer>();
		leaves.forEach(leaf -> layerOf(leaf.id(), waits, layer, new HashSet<>()));
		var chain = longestUnfinished(leaves, waits);
		var onPath = new HashSet<>(chain);
		var columns = new HashMap<Integer, Integer>();
		var nodes = leaves.stream().map(leaf -> {
			int l = layer.get(leaf.id());
			return new Node(leaf, l, columns.merge(l, 1, Integer::sum) - 1, onPath.contains(leaf.id()));
		}).toList();
		var edges = new ArrayList<Edge>();
		for (var leaf : leaves) {
			var explicit = !explicitOf(plan, leaf).isEmpty();
			for (var from : waits.get(leaf.id())) {
				var critical = onPath.contains(from) && onPath.contains(leaf.id()) && chain.indexOf(leaf.id()) == chain.indexOf(from) + 1;
				edges.add(new Edge(from, leaf.id(), explicit, critical));
			}
		}
		return new DependencyGraph(nodes, edges, chain);
	}

	/**
	 * Whether giving {@code id} these dependencies would make it wait, through others, for itself. Only the
	 * dependencies count: the agent runs the first pending step whose dependencies are finished, so the order
	 * of the steps never deadlocks.
	 */
	public static boolean wouldCycle(Plan plan, StepId id, List<StepId> dependencies) {
		var self = plan.find(id).map(step -> StepTrees.all(List.of(step)).stream().map(Step::id).toList()).orElse(List.of(id));
		if (dependencies.stream().anyMatch(self::contains)) {
			return true;
		}
		var changed = new Plan(StepTrees.mapped(plan.steps(), id, step -> new Step(step.id(), step.description(), step.expected(),
				step.state(), step.flags(), dependencies, step.toolCalls(), step.children())), plan.constraints());
		var waits = new HashMap<StepId, Set<StepId>>();
		for (var leaf : changed.leaves()) {
			var into = new LinkedHashSet<StepId>();
			explicitOf(changed, leaf).forEach(dependency -> changed.find(dependency).ifPresent(step -> into.addAll(leafIds(step))));
			waits.put(leaf.id(), into);
		}
		var targets = new HashSet<>(self);
		return self.stream().anyMatch(start -> reaches(waits, start, targets, new HashSet<>(), true));
	}

	private static boolean reaches(Map<StepId, Set<StepId>> waits, StepId from, Set<StepId> targets, Set<StepId> seen, boolean first) {
		if (!first && targets.contains(from)) {
			return true;
		}
		if (!seen.add(from)) {
			return false;
		}
		return waits.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(waits, next, targets, seen, false));
	}

	/** For each working step, the working steps it waits for. */
	private static Map<StepId, Set<StepId>> waits(Plan plan, List<Step> leaves) {
		var waits = new HashMap<StepId, Set<StepId>>();
		Step previous = null;
		for (var leaf : leaves) {
			var explicit = explicitOf(plan, leaf);
			var into = new LinkedHashSet<StepId>();
			if (!explicit.isEmpty()) {
				explicit.forEach(dependency -> plan.find(dependency).ifPresent(step -> into.addAll(leafIds(step))));
			} else if (previous != null) {
				into.add(previous.id());
			}
			into.remove(leaf.id());
			waits.put(leaf.id(), into);
			previous = leaf;
		}
		return waits;
	}

	private static List<StepId> leafIds(Step group) {
		return StepTrees.all(List.of(group)).stream().filter(Step::isLeaf).map(Step::id).toList();
	}

	/** A step's own dependencies and those of the groups it is in. */
	private static List<StepId> explicitOf(Plan plan, Step leaf) {
		var all = new ArrayList<>(leaf.dependsOn());
		for (var group = plan.parentOf(leaf.id()); group.isPresent(); group = plan.parentOf(group.get().id())) {
			all.addAll(group.get().dependsOn());
		}
		return all;
	}

	private static int layerOf(StepId id, Map<StepId, Set<StepId>> waits, Map<StepId, Integer> layer, Set<StepId> visiting) {
		var known = layer.get(id);
		if (known != null) {
			return known;
		}
		if (!visiting.add(id)) {
			return 0;
		}
		var value = waits.getOrDefault(id, Set.of()).stream().mapToInt(from -> layerOf(from, waits, layer, visiting) + 1).max().orElse(0);
		layer.put(id, value);
		return value;
	}

	private static List<StepId> longestUnfinished(List<Step> leaves, Map<StepId, Set<StepId>> waits) {
		var length = new HashMap<StepId, Integer>();
		var before = new HashMap<StepId, StepId>();
		// Plan order is a topological order unless dependencies point forward: repeat until nothing grows.
		for (int round = 0; round < leaves.size(); round++) {
			var grew = false;
			for (var leaf : leaves) {
				if (leaf.state().isFinished()) {
					continue;
				}
				var best = 1;
				StepId from = null;
				for (var dependency : waits.get(leaf.id())) {
					var through = length.getOrDefault(dependency, 0);
					if (through + 1 > best) {
						best = through + 1;
						from = dependency;
					}
				}
				if (!Integer.valueOf(best).equals(length.get(leaf.id()))) {
					length.put(leaf.id(), best);
					if (from != null) {
						before.put(leaf.id(), from);
					}
					grew = true;
				}
			}
			if (!grew) {
				break;
			}
		}
		var end = leaves.stream().filter(leaf -> length.containsKey(leaf.id()))
				.reduce((a, b) -> length.get(b.id()) >= length.get(a.id()) ? b : a);
		var chain = new ArrayList<StepId>();
		for (var at = end.map(Step::id).orElse(null); at != null && !chain.contains(at); at = before.get(at)) {
			chain.add(0, at);
		}
		return chain;
	}
}
