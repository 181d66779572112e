package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.Hunk;

/** Turns the edits models write into file changes of hunks, or into a reason the model can act on. */
public final class EditEngine {

	private EditEngine() {
	}

	/** Search/replace blocks on one file. */
	public static Proposal edit(String path, String base, List<SearchReplace.Block> blocks) {
		if (blocks.isEmpty()) {
			return new Proposal.Problem("No search/replace blocks were given for " + path + ". Nothing was changed.");
		}
		return modify(path, base, SearchReplace.apply(base, blocks));
	}

	/** A file's whole new content; {@code base} is null when the file does not exist. */
	public static Proposal write(String path, @Nullable String base, String content) {
		if (base == null) {
			return new Proposal.Change(added(path, content), 1);
		}
		if (base.equals(content)) {
			return unchanged(path);
		}
		return new Proposal.Change(new FileChange(ChangeKind.MODIFY, path, null, base, Hunks.between(base, content)), 1);
	}

	/**
	 * A unified diff over one or more files.
	 *
	 * @param files       reads a file's current content; empty when there is no such file
	 * @param defaultPath the file a diff without file headers changes, or null
	 */
	public static List<Proposal> patch(String patch, Function<String, Optional<String>> files, @Nullable String defaultPath) {
		List<PatchFile> parts;
		try {
			parts = UnifiedDiff.parse(patch, defaultPath);
		} catch (UnifiedDiff.SyntaxException e) {
			return List.of(new Proposal.Problem(e.getMessage() + " Nothing was changed."));
		}
		var proposals = new ArrayList<Proposal>();
		for (var part : parts) {
			proposals.add(patchFile(part, files));
		}
		return proposals;
	}

	private static Proposal patchFile(PatchFile part, Function<String, Optional<String>> files) {
		var kind = part.kind();
		var current = kind == ChangeKind.ADD ? Optional.<String>empty() : files.apply(part.path());
		if (kind == ChangeKind.ADD) {
			if (files.apply(part.path()).isPresent()) {
				return new Proposal.Problem("The diff creates " + part.path() + ", which exists already. Change it with "
						+ "\"--- a/" + part.path() + "\" instead. Nothing was changed.");
			}
			var content = new StringBuilder();
			for (var hunk : part.hunks()) {
				hunk.newLines().forEach(line -> content.append(line).append('\n'));
			}
			var noNewline = !part.hunks().isEmpty() && part.hunks().get(part.hunks().size() - 1).newNoNewline();
			return new Proposal.Change(added(part.path(), noNewline ? content.substring(0, Math.max(0, content.length() - 1))
					: content.toString()), 1);
		}
		if (current.isEmpty()) {
			return new Proposal.Problem("The diff changes " + part.path() + ", which does not exist. Check the path "
					+ "(relative to the workspace), or create the file with \"--- /dev/null\". Nothing was changed.");
		}
		var base = current.get();
		if (kind == ChangeKind.DELETE) {
			return new Proposal.Change(new FileChange(ChangeKind.DELETE, part.path(), null, base,
					base.isEmpty() ? List.of() : List.of(new Hunk(0, 0, base, ""))), 1);
		}
		var applied = PatchApplier.apply(base, part);
		if (applied instanceof EditResult.Refused refused) {
			return new Proposal.Problem(refused.reason());
		}
		var result = (EditResult.Applied) applied;
		var hunks = Hunks.of(Lines.split(base), result.regions());
		if (kind == ChangeKind.RENAME) {
			return new Proposal.Change(new FileChange(ChangeKind.RENAME, part.path(), part.newPath(), base, hunks),
					result.confidence());
		}
		return hunks.isEmpty() ? unchanged(part.path())
				: new Proposal.Change(new FileChange(ChangeKind.MODIFY, part.path(), null, base, hunks), result.confidence());
	}

	private static Proposal modify(String path, String base, EditResult result) {
		if (result instanceof EditResult.Refused refused) {
			return new Proposal.Problem(refused.reason());
		}
		var applied = (EditResult.Applied) result;
		if (applied.text().equals(base)) {
			return unchanged(path);
		}
		var hunks = applied.regions().isEmpty() ? Hunks.between(base, applied.text())
				: Hunks.of(Lines.split(base), applied.regions());
		return new Proposal.Change(new FileChange(ChangeKind.MODIFY, path, null, base, hunks), applied.confidence());
	}

	private static FileChange added(String path, String content) {
		return new FileChange(ChangeKind.ADD, path, null, "", List.of(new Hunk(0, 0, "", content)));
	}

	private static Proposal unchanged(String path) {
		return new Proposal.Problem("The edit leaves " + path + " as it is: the new text equals the old. Nothing was "
				+ "changed.");
	}
}
