package dev.piassistant.tools.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.tools.internal.files.Binary;
import dev.piassistant.tools.internal.files.WorkspaceWalker;

/**
 * Text and regular-expression search over a folder's files, as a developer sees them (what git ignores and what
 * the IDE marks derived left out, binary files skipped), the files searched in parallel. A literal is found with
 * the JDK's vectorized byte search on the file's bytes; a line is decoded only when it matches.
 */
public final class Searcher {

	/** What to look for; the glob, when given, is matched against paths below the searched folder. */
	public record Query(String text, boolean regex, boolean caseSensitive, @Nullable PathMatcher glob) {
	}

	public record Match(Path file, int line, String text) {
	}

	/**
	 * @param total every match there was, of which the first {@code matches} are kept
	 */
	public record Result(List<Match> matches, int filesSearched, long total) {
	}

	private static final int LONGEST_LINE = 400;

	private final Predicate<Path> derived;

	public Searcher(Predicate<Path> derived) {
		this.derived = derived;
	}

	/** @throws java.util.regex.PatternSyntaxException for a regular expression that is not one */
	public Result search(Path root, Query query, int maxResults) throws IOException {
		var matcher = matcher(query);
		var files = new WorkspaceWalker(derived).walk(root, Integer.MAX_VALUE, Integer.MAX_VALUE).stream()
				.filter(found -> !found.directory()).map(WorkspaceWalker.Found::path)
				.filter(path -> query.glob() == null || query.glob().matches(root.relativize(path))).toList();
		var perFile = files.parallelStream().map(file -> {
			try {
				return matcher.find(file, Files.readAllBytes(file), maxResults);
			} catch (IOException | UncheckedIOException e) {
				return FileMatches.NONE;
			}
		}).toList();
		var kept = new ArrayList<Match>();
		long total = 0;
		for (var matches : perFile) {
			total += matches.count();
			for (var match : matches.kept()) {
				if (kept.size() < maxResults) {
					kept.add(match);
				}
			}
		}
		kept.sort(Comparator.comparing((Match match) -> match.file().toString()).thenComparingInt(Match::line));
		return new Result(kept, files.size(), total);
	}

	/** The first matches of a file, and how many lines matched in all (counted on, so the result can say what it left out). */
	private record FileMatches(List<Match> kept, int count) {
		static final FileMatches NONE = new FileMatches(List.of(), 0);
	}

	private interface FileMatcher {
		FileMatches find(Path file, byte[] bytes, int max);
	}

	private static FileMatcher matcher(Query query) {
		var ascii = query.text().chars().allMatch(c -> c < 128);
		if (!query.regex() && (query.caseSensitive() || ascii)) {
			return literal(query.text(), query.caseSensitive());
		}
		var flags = Pattern.MULTILINE | (query.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		var pattern = Pattern.compile(query.regex() ? query.text() : Pattern.quote(query.text()), flags);
		return (file, bytes, max) -> regex(file, bytes, pattern, max);
	}

	private static FileMatcher literal(String text, boolean caseSensitive) {
		var needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		var lowered = caseSensitive ? needle : needle.toLowerCase(Locale.ROOT);
		return (file, bytes, max) -> {
			if (Binary.is(bytes)) {
				return FileMatches.NONE;
			}
			var haystack = caseSensitive ? new String(bytes, StandardCharsets.ISO_8859_1) : lowerAscii(bytes);
			var matches = new ArrayList<Match>();
			var lines = new LineCounter(bytes);
			var count = 0;
			for (var at = haystack.indexOf(lowered); at >= 0; at = haystack.indexOf(lowered, lines.endOfLine(at))) {
				if (count++ < max) {
					matches.add(new Match(file, lines.lineAt(at), lines.text(at, LONGEST_LINE)));
				}
			}
			return new FileMatches(matches, count);
		};
	}

	private static String lowerAscii(byte[] bytes) {
		var lowered = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			var b = bytes[i];
			lowered[i] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
		}
		return new String(lowered, StandardCharsets.ISO_8859_1);
	}

	private static FileMatches regex(Path file, byte[] bytes, Pattern pattern, int max) {
		if (Binary.is(bytes)) {
			return FileMatches.NONE;
		}
		var text = new String(bytes, StandardCharsets.UTF_8);
		var found = pattern.matcher(text);
		var matches = new ArrayList<Match>();
		var line = 1;
		var counted = 0;
		var from = 0;
		var count = 0;
		while (from <= text.length() && found.find(from)) {
			var at = found.start();
			var end = text.indexOf('\n', at);
			end = end < 0 ? text.length() : end;
			from = end + 1;
			if (count++ >= max) {
				continue;
			}
			for (; counted < at; counted++) {
				if (text.charAt(counted) == '\n') {
					line++;
				}
			}
			var start = text.lastIndexOf('\n', at - 1) + 1;
			var shown = text.substring(start, Math.min(end, start + LONGEST_LINE)).stripTrailing();
			matches.add(new Match(file, line, shown));
		}
		return new FileMatches(matches, count);
	}
}
