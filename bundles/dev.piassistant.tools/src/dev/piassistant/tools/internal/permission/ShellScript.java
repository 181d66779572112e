package dev.piassistant.tools.internal.permission;

import java.util.List;

/**
 * A shell command line as the engine understands it: pipelines of simple commands, each with its variable
 * assignments, words and redirections.
 *
 * @param pipelines     the pipelines, in order (separated by ;, &&, ||, & or newlines)
 * @param opaque        why parts of it cannot be known before it runs (subshells, functions, here-documents,
 *                      unclosed quotes); empty when every part is known. Substitutions and variables only make
 *                      their words dynamic.
 * @param substitutions the texts inside command and process substitutions ($(...), `...`, <(...)), which are
 *                      commands too
 */
record ShellScript(List<Pipeline> pipelines, List<String> opaque, List<String> substitutions) {

	/** A word after quote removal; dynamic when its value depends on a variable or a substitution. */
	record Word(String text, boolean dynamic) {
	}

	/** A redirection: its operator (">", ">>", "<", "2>", ">&"...) and target. */
	record Redirect(String operator, Word target) {
	}

	record SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects) {

		String program() {
			return words.isEmpty() ? "" : words.get(0).text();
		}

		List<String> texts() {
			return words.stream().map(Word::text).toList();
		}

		boolean isDynamic() {
			return words.stream().anyMatch(Word::dynamic);
		}
	}

	record Pipeline(List<SimpleCommand> commands) {
	}

	List<SimpleCommand> commands() {
		return pipelines.stream().flatMap(pipeline -> pipeline.commands().stream()).toList();
	}

	boolean isOpaque() {
		return !opaque.isEmpty();
	}
}
