package dev.piassistant.edits.internal.review;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random sessions of a review: a file, the agent's proposed version of it, what the user did to the file before
 * the review opened, and then a sequence of the user's keystrokes, deletions, accepts, rejects, merges, undos,
 * redos and reloads from disk. The user types only characters neither the file nor the agent ever writes, so that
 * every keystroke can be counted in the document.
 */
final class Interleavings {

	/** What only the user types. */
	static final String KEYS = "αβγδεζ";

	sealed interface Step {
	}

	/** Replace {@code length} characters at a point (a fraction of the text) with typed text. */
	record Type(double at, int length, String text) implements Step {
	}

	record Accept(int hunk) implements Step {
	}

	record Reject(int hunk) implements Step {
	}

	/** Merge a hunk: keep the region as the user has it and add the agent's lines after it. */
	record Merge(int hunk) implements Step {
	}

	record Undo() implements Step {
	}

	record Redo() implements Step {
	}

	/** The file changes on disk and its editor reloads it: the whole text replaced, with an edit at a point. */
	record Reload(double at, int length, String text) implements Step {
	}

	record Session(List<String> base, List<String> proposed, List<Type> before, List<Step> steps) {
		@Override
		public String toString() {
			return "base " + base + "\nproposed " + proposed + "\nbefore " + before + "\nsteps " + steps;
		}
	}

	private Interleavings() {
	}

	static Arbitrary<Session> sessions() {
		var lines = Arbitraries.integers().between(0, 60).map(n -> "line " + n).list().ofMinSize(1).ofMaxSize(24);
		return lines.flatMap(base -> proposed(base).flatMap(proposed -> Combinators.combine(
				type().list().ofMaxSize(2), step().list().ofMinSize(1).ofMaxSize(30))
				.as((before, steps) -> new Session(base, proposed, before, steps))));
	}

	/** The agent's version: some runs of lines replaced, dropped or added. */
	private static Arbitrary<List<String>> proposed(List<String> base) {
		var edits = Combinators.combine(Arbitraries.integers().between(0, base.size()), Arbitraries.integers().between(0, 3),
				Arbitraries.integers().between(100, 140).map(n -> "agent " + n).list().ofMaxSize(3))
				.as((at, remove, add) -> new Object[] { at, remove, add }).list().ofMinSize(1).ofMaxSize(4);
		return edits.map(list -> {
			List<String> result = new ArrayList<>(base);
			for (var edit : list) {
				int at = Math.min((Integer) edit[0], result.size());
				int remove = Math.min((Integer) edit[1], result.size() - at);
				result.subList(at, at + remove).clear();
				@SuppressWarnings("unchecked")
				var add = (List<String>) edit[2];
				result.addAll(at, add);
			}
			return result;
		}).filter(result -> !result.equals(base));
	}

	private static Arbitrary<Type> type() {
		var text = Arbitraries.strings().withChars(KEYS + "\n").ofMaxLength(4);
		return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 6), text)
				.as(Type::new);
	}

	private static Arbitrary<Step> step() {
		var hunk = Arbitraries.integers().between(0, 11);
		var text = Arbitraries.strings().withChars(KEYS + "\n").ofMaxLength(4);
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(6, type().map(Step.class::cast)),
				net.jqwik.api.Tuple.of(4, hunk.map(Accept::new)),
				net.jqwik.api.Tuple.of(2, hunk.map(Reject::new)),
				net.jqwik.api.Tuple.of(2, hunk.map(Merge::new)),
				net.jqwik.api.Tuple.of(3, Arbitraries.just(new Undo())),
				net.jqwik.api.Tuple.of(2, Arbitraries.just(new Redo())),
				net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(0, 1),
						Arbitraries.integers().between(0, 6), text).as(Reload::new)));
	}
}
