package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads unified diffs as models write them: with or without git's headers, with line numbers and counts that may
 * be wrong or missing ({@code @@ ... @@}), empty context lines that lost their space, and prose or code fences
 * around. Counts are only used to tell where a hunk ends when text follows it.
 */
public final class UnifiedDiff {

	private static final Pattern HEADER = Pattern.compile("^@@+\\s*-(\\d+)(?:,(\\d+))?\\s+\\+(\\d+)(?:,(\\d+))?\\s*@@+.*");
	private static final String DEV_NULL = "/dev/null";

	/** The text is not a diff the engine can read; the message says why, for the model. */
	public static final class SyntaxException extends Exception {
		private static final long serialVersionUID = 1L;

		SyntaxException(String message) {
			super(message);
		}
	}

	private final List<String> lines;
	private final List<PatchFile> files = new ArrayList<>();
	private int at;
	private @Nullable String oldPath;
	private @Nullable String newPath;
	private boolean pathsSeen;
	private List<PatchHunk> hunks = new ArrayList<>();

	private UnifiedDiff(String patch) {
		this.lines = Lines.contents(Lines.split(patch));
	}

	/**
	 * @param defaultPath the file a diff without file headers is about, or null when it must have them
	 */
	public static List<PatchFile> parse(String patch, @Nullable String defaultPath) throws SyntaxException {
		var diff = new UnifiedDiff(patch);
		if (defaultPath != null) {
			diff.oldPath = defaultPath;
			diff.newPath = defaultPath;
			diff.pathsSeen = true;
		}
		diff.read();
		if (diff.files.isEmpty()) {
			throw new SyntaxException("No hunk found: a unified diff has \"--- a/path\" and \"+++ b/path\" lines, then "
					+ "hunks starting with \"@@ -line,count +line,count @@\" and lines starting with ' ', '-' or '+'.");
		}
		return diff.files;
	}

	private void read() throws SyntaxException {
		while (at < lines.size()) {
			var line = lines.get(at);
			if (line.startsWith("diff --git ")) {
				finishFile();
				gitHeader(line.substring("diff --git ".length()));
				at++;
			} else if (line.startsWith("--- ") && at + 1 < lines.size() && lines.get(at + 1).startsWith("+++ ")) {
				if (!hunks.isEmpty()) {
					finishFile();
				}
				oldPath = path(line.substring(4));
				newPath = path(lines.get(at + 1).substring(4));
				pathsSeen = true;
				at += 2;
			} else if (line.startsWith("rename from ")) {
				oldPath = line.substring("rename from ".length()).strip();
				at++;
			} else if (line.startsWith("rename to ")) {
				newPath = line.substring("rename to ".length()).strip();
				at++;
			} else if (line.startsWith("new file mode")) {
				oldPath = null;
				at++;
			} else if (line.startsWith("deleted file mode")) {
				newPath = null;
				at++;
			} else if (line.startsWith("Binary files ") || line.startsWith("GIT binary patch")) {
				throw new SyntaxException("Binary patches are not supported: write text files only.");
			} else if (line.startsWith("@@")) {
				hunk(line);
			} else {
				at++;
			}
		}
		finishFile();
	}

	private void gitHeader(String paths) {
		var split = paths.indexOf(" b/");
		if (paths.startsWith("a/") && split > 0) {
			oldPath = paths.substring(2, split);
			newPath = paths.substring(split + 3);
		} else {
			var space = paths.indexOf(' ');
			oldPath = space > 0 ? paths.substring(0, space) : paths;
			newPath = space > 0 ? paths.substring(space + 1) : paths;
		}
		pathsSeen = true;
	}

	private void finishFile() {
		if (pathsSeen && (!hunks.isEmpty() || oldPath == null || newPath == null || !oldPath.equals(newPath))) {
			files.add(new PatchFile(oldPath, newPath, hunks));
		}
		hunks = new ArrayList<>();
		pathsSeen = false;
	}

	private void hunk(String header) throws SyntaxException {
		if (!pathsSeen) {
			throw new SyntaxException("A hunk comes before any \"--- a/path\" / \"+++ b/path\" lines, so the file it "
					+ "changes is unknown. Start each file's part with them.");
		}
		var numbers = HEADER.matcher(header);
		var known = numbers.matches();
		var oldStart = known ? Integer.parseInt(numbers.group(1)) : -1;
		var oldCount = known ? count(numbers.group(2)) : -1;
		var newCount = known ? count(numbers.group(4)) : -1;
		at++;
		var body = new ArrayList<PatchHunk.Line>();
		var oldNoNewline = false;
		var newNoNewline = false;
		int olds = 0;
		int news = 0;
		while (at < lines.size() && !endsHunk(lines.get(at), olds, news, oldCount, newCount)) {
			var line = lines.get(at++);
			if (line.startsWith("\\")) {
				var last = body.isEmpty() ? ' ' : body.get(body.size() - 1).kind();
				oldNoNewline |= last != '+';
				newNoNewline |= last != '-';
				continue;
			}
			var kind = line.isEmpty() ? ' ' : line.charAt(0);
			body.add(new PatchHunk.Line(kind, line.isEmpty() ? "" : line.substring(1)));
			olds += kind == '+' ? 0 : 1;
			news += kind == '-' ? 0 : 1;
		}
		trimBlankTail(body, oldCount);
		// A count of 0 old lines means the hunk goes after line oldStart; otherwise oldStart is its first line.
		var start = oldStart < 0 ? -1 : oldCount == 0 ? oldStart : Math.max(0, oldStart - 1);
		hunks.add(new PatchHunk(start, body, oldNoNewline, newNoNewline));
	}

	private boolean endsHunk(String line, int olds, int news, int oldCount, int newCount) {
		if (line.startsWith("@@") || line.startsWith("diff --git ")
				|| line.startsWith("--- ") && at + 1 < lines.size() && lines.get(at + 1).startsWith("+++ ")) {
			return true;
		}
		var counted = oldCount >= 0 && olds >= oldCount && news >= newCount;
		if (line.startsWith("\\")) {
			return false;
		}
		if (line.isEmpty()) {
			// An empty context line that lost its space, or the blank line after the diff.
			return counted;
		}
		// Counts are often wrong: any line that looks like a hunk line belongs to the hunk.
		var kind = line.charAt(0);
		return kind != ' ' && kind != '-' && kind != '+';
	}

	/** Blank lines after the hunk's counted lines are the text around the diff, not context. */
	private static void trimBlankTail(List<PatchHunk.Line> body, int oldCount) {
		if (oldCount < 0) {
			while (!body.isEmpty() && body.get(body.size() - 1).kind() == ' ' && body.get(body.size() - 1).text().isEmpty()) {
				body.remove(body.size() - 1);
			}
		}
	}

	private static int count(@Nullable String group) {
		return group == null ? 1 : Integer.parseInt(group);
	}

	private static @Nullable String path(String header) {
		var path = header.strip();
		var tab = path.indexOf('\t');
		if (tab > 0) {
			path = path.substring(0, tab);
		}
		if (path.equals(DEV_NULL)) {
			return null;
		}
		if (path.startsWith("a/") || path.startsWith("b/")) {
			path = path.substring(2);
		}
		return path;
	}
}
