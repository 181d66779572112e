package dev.piassistant.tools.internal.permission;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.tool.Access;
import dev.piassistant.tools.internal.permission.ShellScript.SimpleCommand;
import dev.piassistant.tools.internal.permission.ShellScript.Word;

/**
 * Works out the facts of a call from its accesses: paths canonical, command lines parsed, and the commands
 * hidden inside others (substitutions, {@code sh -c}, {@code find -exec}, {@code eval}) taken out as commands of
 * their own, so that each is judged.
 */
final class Facts {

	private static final int MAX_DEPTH = 4;

	private final WorkspacePaths paths;
	private final List<Fact> facts = new ArrayList<>();

	private Facts(WorkspacePaths paths) {
		this.paths = paths;
	}

	static List<Fact> of(List<Access> accesses, WorkspacePaths paths) {
		var builder = new Facts(paths);
		accesses.forEach(builder::add);
		return List.copyOf(builder.facts);
	}

	private void add(Access access) {
		if (access instanceof Access.File file) {
			facts.add(paths.resolve(file.path()).<Fact>map(path -> new Fact.FileUse(path, file.op()))
					.orElse(new Fact.Unreadable(file.path())));
		} else if (access instanceof Access.Shell shell) {
			shell(shell.commandLine(), directory(shell.directory()), 0);
		} else if (access instanceof Access.Program program) {
			var words = program.arguments().stream().map(argument -> new Word(argument, false)).toList();
			command(new SimpleCommand(List.of(), words, List.of()), directory(program.directory()), false, 0);
		} else if (access instanceof Access.Http http) {
			facts.add(request(http.url()));
		}
	}

	private void shell(String line, Path directory, int depth) {
		if (depth > MAX_DEPTH) {
			facts.add(new Fact.Opaque(Messages.Opaque_nested));
			return;
		}
		var script = ShellParser.parse(line);
		script.opaque().forEach(why -> facts.add(new Fact.Opaque(why)));
		for (var pipeline : script.pipelines()) {
			pipedToShell(pipeline.commands());
		}
		var substituted = new ArrayList<SimpleCommand>();
		for (var text : script.substitutions()) {
			substituted.addAll(ShellParser.parse(text).commands());
			shell(text, directory, depth + 1);
		}
		var downloads = substituted.stream().anyMatch(command -> Programs.DOWNLOADERS.contains(program(command)));
		for (var command : script.commands()) {
			if (downloads && Programs.INTERPRETERS.contains(program(command))) {
				facts.add(new Fact.Danger(NLS.bind(Messages.Danger_downloadRun, program(command))));
			}
			command(command, directory, true, depth);
		}
	}

	/** A download piped into a program that runs what it reads. */
	private void pipedToShell(List<SimpleCommand> stages) {
		var downloaded = false;
		for (var stage : stages) {
			var program = program(stage);
			if (downloaded && (Programs.INTERPRETERS.contains(program) || Programs.PRIVILEGED.contains(program))) {
				facts.add(new Fact.Danger(NLS.bind(Messages.Danger_downloadRun, program)));
				return;
			}
			downloaded |= Programs.DOWNLOADERS.contains(program) || program.equals("base64") && downloaded;
		}
	}

	/** A command, and the commands it runs from its arguments. */
	private void command(SimpleCommand command, Path directory, boolean shell, int depth) {
		facts.add(new Fact.CommandRun(command, directory, shell));
		var words = Programs.unwrap(command.texts());
		if (words.isEmpty()) {
			return;
		}
		var program = Programs.name(words.get(0));
		if (Programs.SHELLS.contains(program)) {
			var c = words.indexOf("-c");
			if (c > 0 && c + 1 < words.size()) {
				shell(words.get(c + 1), directory, depth + 1);
			}
		} else if (program.equals("eval")) {
			shell(String.join(" ", words.subList(1, words.size())), directory, depth + 1);
		} else if (program.equals("find")) {
			findExec(words, directory, depth);
		}
		var wrapped = command.texts().size() != words.size();
		if (wrapped) {
			var inner = words.stream().map(word -> new Word(word, false)).toList();
			facts.add(new Fact.CommandRun(new SimpleCommand(List.of(), inner, List.of()), directory, shell));
		}
	}

	private void findExec(List<String> words, Path directory, int depth) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals("-exec") || words.get(i).equals("-execdir") || words.get(i).equals("-ok")
					|| words.get(i).equals("-okdir")) {
				var end = i + 1;
				while (end < words.size() && !words.get(end).equals(";") && !words.get(end).equals("+")) {
					end++;
				}
				if (end > i + 1) {
					var inner = words.subList(i + 1, end).stream().map(word -> new Word(word, false)).toList();
					command(new SimpleCommand(List.of(), inner, List.of()), directory, false, depth + 1);
				}
				i = end;
			}
		}
	}

	private static String program(SimpleCommand command) {
		var words = Programs.unwrap(command.texts());
		return words.isEmpty() ? "" : Programs.name(words.get(0));
	}

	private Path directory(String directory) {
		return directory.isBlank() ? paths.workspace() : paths.resolve(directory).orElse(paths.workspace());
	}

	private static Fact request(String url) {
		try {
			var uri = new URI(url.strip());
			return uri.getScheme() == null ? new Fact.Unreadable(url) : new Fact.Request(uri);
		} catch (URISyntaxException e) {
			return new Fact.Unreadable(url);
		}
	}
}
