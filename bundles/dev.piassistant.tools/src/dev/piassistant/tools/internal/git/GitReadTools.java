package dev.piassistant.tools.internal.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.ToolSupport;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/** git_status, git_diff, git_log and git_blame through JGit: reads, run without asking. */
@Component(service = ToolProvider.class)
public final class GitReadTools implements ToolProvider {

	private static final int MAX_DIFF = 60_000;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private final ToolSupport support;

	@Activate
	public GitReadTools(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("git_status", "The repository's branch and its staged, changed and untracked files.", GitAccess.schema().build(),
						Risk.READ, call -> support.scrub(status(call)), arguments -> GitAccess.program(arguments, "status")),
				new Tool("git_diff", "The changes not yet staged (default), the staged ones, or those of a commit, as a unified diff.",
						GitAccess.schema().bool("staged", "The staged changes (the index against HEAD)", false)
								.string("commit", "A commit (id, branch, HEAD~1...) whose changes to show", false)
								.stringArray("paths", "Only these files or folders", false).build(),
						Risk.READ, call -> support.scrub(diff(call)), arguments -> GitAccess.program(arguments, "diff",
								arguments.path("commit").asText(""))),
				new Tool("git_log", "The latest commits: id, date, author and subject.",
						GitAccess.schema().integer("maxCount", "How many (default 20)", 1, 500, false)
								.string("path", "Only commits that changed this file or folder", false).build(),
						Risk.READ, call -> support.scrub(log(call)), arguments -> GitAccess.program(arguments, "log")),
				new Tool("git_blame", "Who last changed each line of a file, and in which commit.",
						GitAccess.schema().string("path", "The file, relative to the workspace", true)
								.integer("startLine", "First line (default 1)", 1, Integer.MAX_VALUE, false)
								.integer("endLine", "Last line (default: 200 lines on)", 1, Integer.MAX_VALUE, false).build(),
						Risk.READ, call -> support.scrub(blame(call)), arguments -> GitAccess.program(arguments, "blame",
								arguments.path("path").asText(""))));
	}

	private static ToolResult status(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var status = git.status().call();
			var text = new StringBuilder("On branch ").append(git.getRepository().getBranch()).append('\n');
			section(text, "Staged, new", status.getAdded());
			section(text, "Staged, changed", status.getChanged());
			section(text, "Staged, deleted", status.getRemoved());
			section(text, "Changed, not staged", status.getModified());
			section(text, "Deleted, not staged", status.getMissing());
			section(text, "Untracked", status.getUntracked());
			section(text, "Conflicting", status.getConflicting());
			if (status.isClean()) {
				text.append("Nothing to commit: the working tree is clean.\n");
			}
			var branches = git.branchList().call().stream().map(ref -> git.getRepository().shortenRefName(ref.getName())).toList();
			text.append("Local branches: ").append(String.join(", ", branches)).append('\n');
			return ToolResult.ok(text.toString());
		}
	}

	private static void section(StringBuilder text, String title, java.util.Set<String> files) {
		if (!files.isEmpty()) {
			text.append(title).append(":\n");
			new TreeSet<>(files).forEach(file -> text.append("  ").append(file).append('\n'));
		}
	}

	private static ToolResult diff(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."));
				var reader = git.getRepository().newObjectReader()) {
			var repository = git.getRepository();
			AbstractTreeIterator oldTree;
			AbstractTreeIterator newTree;
			var worktree = false;
			var commit = call.text("commit", "");
			if (!commit.isBlank()) {
				var id = repository.resolve(commit);
				if (id == null) {
					return ToolResult.error("There is no commit '" + commit + "' in this repository.");
				}
				try (var walk = new RevWalk(repository)) {
					var revision = walk.parseCommit(id);
					oldTree = revision.getParentCount() == 0 ? new EmptyTreeIterator() : tree(reader, walk.parseCommit(revision.getParent(0)));
					newTree = tree(reader, revision);
				}
			} else if (call.flag("staged", false)) {
				var head = repository.resolve(Constants.HEAD + "^{tree}");
				oldTree = head == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, head);
				newTree = new DirCacheIterator(repository.readDirCache());
			} else {
				oldTree = new DirCacheIterator(repository.readDirCache());
				newTree = new FileTreeIterator(repository);
				worktree = true;
			}
			var out = new ByteArrayOutputStream();
			try (var formatter = new DiffFormatter(out)) {
				formatter.setRepository(repository);
				var paths = GitAccess.texts(call.arguments().path("paths"));
				if (!paths.isEmpty()) {
					var inRepository = new java.util.ArrayList<String>();
					for (var path : paths) {
						inRepository.add(GitAccess.inRepository(git, call.context(), path));
					}
					formatter.setPathFilter(PathFilterGroup.createFromStrings(inRepository));
				}
				var entries = formatter.scan(oldTree, newTree);
				if (worktree) {
					// As git diff: a file the index does not have is untracked (or ignored), not a change.
					entries = entries.stream().filter(entry -> entry.getChangeType() != DiffEntry.ChangeType.ADD).toList();
				}
				formatter.format(entries);
			}
			var text = out.toString(StandardCharsets.UTF_8);
			if (text.isEmpty()) {
				return ToolResult.ok("No changes.");
			}
			return ToolResult.ok(text.length() <= MAX_DIFF ? text : text.substring(0, MAX_DIFF) + "\n[The diff goes on for "
					+ (text.length() - MAX_DIFF) + " more characters: ask for fewer paths to see the rest.]\n");
		}
	}

	private static CanonicalTreeParser tree(ObjectReader reader, RevCommit commit) throws java.io.IOException {
		return new CanonicalTreeParser(null, reader, commit.getTree());
	}

	private static ToolResult log(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			if (git.getRepository().resolve(Constants.HEAD) == null) {
				return ToolResult.ok("No commits yet.");
			}
			var log = git.log().setMaxCount((int) call.number("maxCount", 20));
			var path = call.text("path", "");
			if (!path.isBlank()) {
				log.addPath(GitAccess.inRepository(git, call.context(), path));
			}
			var text = new StringBuilder();
			for (var commit : log.call()) {
				text.append(commit.abbreviate(10).name()).append(' ').append(DATE.format(commit.getAuthorIdent().getWhenAsInstant()))
						.append(' ').append(commit.getAuthorIdent().getName()).append(": ").append(commit.getShortMessage()).append('\n');
			}
			return ToolResult.ok(text.isEmpty() ? "No commits" + (path.isBlank() ? "." : " changed " + path + ".") : text.toString());
		}
	}

	private static ToolResult blame(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var path = GitAccess.inRepository(git, call.context(), call.text("path", ""));
			var result = git.blame().setFilePath(path).call();
			if (result == null) {
				return ToolResult.error(path + " is not in any commit, so it has no history to blame.");
			}
			var lines = result.getResultContents().size();
			var start = (int) call.number("startLine", 1);
			var end = (int) Math.min(lines, call.number("endLine", start + 199L));
			var text = new StringBuilder();
			for (int i = start - 1; i < end; i++) {
				var commit = result.getSourceCommit(i);
				var author = result.getSourceAuthor(i);
				text.append(commit == null ? "(not committed)" : commit.abbreviate(8).name()).append(' ')
						.append(author == null ? "" : author.getName()).append(' ').append(i + 1).append(": ")
						.append(result.getResultContents().getString(i)).append('\n');
			}
			if (end < lines) {
				text.append("[").append(lines - end).append(" more lines: call git_blame with startLine=").append(end + 1).append(".]\n");
			}
			return ToolResult.ok(text.toString());
		}
	}
}
