package dev.piassistant.tools.internal.git;

import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.api.errors.RefNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.transport.RemoteRefUpdate;
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

/**
 * git_stage, git_commit and git_branch (asked unless granted), and git_push, which needs a grant that names it.
 * None of them forces anything: no forced push, no branch switch over changes that would be lost.
 */
@Component(service = ToolProvider.class)
public final class GitWriteTools implements ToolProvider {

	private final ToolSupport support;

	@Activate
	public GitWriteTools(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("git_stage", "Stage files for the next commit (new, changed and deleted ones).",
						GitAccess.schema().stringArray("paths", "Files or folders to stage, relative to the workspace", true).build(),
						Risk.WRITE, call -> support.scrub(stage(call)),
						arguments -> GitAccess.program(arguments, "add", GitAccess.texts(arguments.path("paths")).toArray(String[]::new))),
				new Tool("git_commit", "Commit what is staged (with all=true, every change to tracked files first).",
						GitAccess.schema().string("message", "The commit message", true)
								.bool("all", "Stage every change to tracked files first", false).build(),
						Risk.WRITE, call -> support.scrub(commit(call)), arguments -> GitAccess.program(arguments, "commit")),
				new Tool("git_branch", "Create a branch, or switch to one (refused when changes would be lost).",
						GitAccess.schema().choice("action", "create or switch", List.of("create", "switch"), true)
								.string("name", "The branch", true)
								.string("startPoint", "Where a new branch starts (default HEAD)", false).build(),
						Risk.WRITE, call -> support.scrub(branch(call)), arguments -> GitAccess.program(arguments,
								arguments.path("action").asText("").equals("switch") ? "switch" : "branch", arguments.path("name").asText(""))),
				new Tool("git_push", "Push a branch to a remote. Needs a grant that names push; never forced.",
						GitAccess.schema().string("remote", "The remote (default origin)", false)
								.string("branch", "The branch (default the current one)", false).build(),
						Risk.NETWORK, call -> support.scrub(push(call)), arguments -> GitAccess.program(arguments, "push",
								arguments.path("remote").asText("origin"), arguments.path("branch").asText(""))));
	}

	private static ToolResult stage(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var paths = GitAccess.texts(call.arguments().path("paths"));
			if (paths.isEmpty()) {
				return ToolResult.error("Name at least one file or folder to stage.");
			}
			var add = git.add();
			var update = git.add().setUpdate(true);
			for (var path : paths) {
				var inRepository = GitAccess.inRepository(git, call.context(), path);
				add.addFilepattern(inRepository);
				update.addFilepattern(inRepository);
			}
			add.call();
			update.call();
			var status = git.status().call();
			var staged = status.getAdded().size() + status.getChanged().size() + status.getRemoved().size();
			return ToolResult.ok("Staged. " + staged + " file" + (staged == 1 ? " is" : "s are") + " staged for the next commit.");
		}
	}

	private static ToolResult commit(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var message = call.text("message", "").strip();
			if (message.isEmpty()) {
				return ToolResult.error("The commit message is empty.");
			}
			var status = git.status().call();
			if (!call.flag("all", false) && status.getAdded().isEmpty() && status.getChanged().isEmpty() && status.getRemoved().isEmpty()) {
				return ToolResult.error("Nothing is staged. Stage files with git_stage first, or commit with all=true.");
			}
			var commit = git.commit().setMessage(message).setAll(call.flag("all", false)).call();
			return ToolResult.ok("Committed " + commit.abbreviate(10).name() + " on " + git.getRepository().getBranch() + ": "
					+ commit.getShortMessage());
		}
	}

	private static ToolResult branch(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var name = call.text("name", "").strip();
			if (call.text("action", "").toLowerCase(Locale.ROOT).equals("create")) {
				var start = call.text("startPoint", Constants.HEAD);
				var ref = git.branchCreate().setName(name).setStartPoint(start).call();
				return ToolResult.ok("Created the branch " + git.getRepository().shortenRefName(ref.getName()) + " at " + start + ".");
			}
			try {
				var result = git.checkout().setName(name).call();
				return ToolResult.ok("Switched to " + git.getRepository().shortenRefName(result.getName()) + ".");
			} catch (RefNotFoundException e) {
				return ToolResult.error("There is no branch " + name + ". Create it with action=create.");
			} catch (org.eclipse.jgit.api.errors.CheckoutConflictException e) {
				return ToolResult.error("Switching to " + name + " would overwrite changes to " + String.join(", ", e.getConflictingPaths())
						+ ". Commit them first; nothing was changed.");
			}
		}
	}

	private static ToolResult push(ToolInvocation call) throws Exception {
		try (var git = GitAccess.open(call.context(), call.text(GitAccess.REPOSITORY, "."))) {
			var branch = call.text("branch", "").isBlank() ? git.getRepository().getBranch() : call.text("branch", "");
			var remote = call.text("remote", "origin");
			var results = git.push().setRemote(remote).add(branch).setForce(false).call();
			var text = new StringBuilder();
			var failed = false;
			for (var result : results) {
				for (var update : result.getRemoteUpdates()) {
					var ok = update.getStatus() == RemoteRefUpdate.Status.OK || update.getStatus() == RemoteRefUpdate.Status.UP_TO_DATE;
					failed |= !ok;
					text.append(update.getRemoteName()).append(": ").append(update.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '))
							.append(update.getMessage() == null ? "" : " (" + update.getMessage() + ")").append('\n');
				}
			}
			return failed ? ToolResult.error("The push was refused:\n" + text) : ToolResult.ok("Pushed " + branch + " to " + remote + ".\n" + text);
		}
	}
}
