package dev.piassistant.tools.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.Risk;

/** Permission requests as the agent loop makes them, built briefly for the permission tests. */
final class Calls {

	static final TaskId TASK = TaskId.random();
	static final SessionId SESSION = SessionId.random();

	private final Path workspace;
	private final List<Grant> grants = new ArrayList<>();
	private ApprovalMode mode = ApprovalMode.AUTO;
	private Instant at = Instant.now();

	Calls(Path workspace) {
		this.workspace = workspace;
	}

	/** A grant the user gave for this task by answering an approval. */
	Calls granted(String spec) {
		grants.add(new Grant(GrantTarget.parse(spec), GrantScope.TASK, TASK, null, Grant.BY_USER));
		return this;
	}

	Calls granted(Grant grant) {
		grants.add(grant);
		return this;
	}

	Calls stepByStep() {
		mode = ApprovalMode.STEP_BY_STEP;
		return this;
	}

	Calls at(Instant time) {
		at = time;
		return this;
	}

	PermissionRequest shell(String commandLine) {
		return request("shell", Risk.EXECUTE, new Access.Shell(commandLine, ""));
	}

	PermissionRequest read(String path) {
		return request("read_file", Risk.READ, new Access.File(path, Access.FileOp.READ));
	}

	PermissionRequest write(String path) {
		return request("write_file", Risk.WRITE, new Access.File(path, Access.FileOp.WRITE));
	}

	PermissionRequest http(String url) {
		return request("http", Risk.NETWORK, new Access.Http("GET", url));
	}

	PermissionRequest git(Risk risk, String... arguments) {
		var words = new ArrayList<String>();
		words.add("git");
		words.addAll(List.of(arguments));
		return request("git_" + arguments[0], risk, new Access.Program(words, ""));
	}

	PermissionRequest request(String tool, Risk risk, Access... accesses) {
		return new PermissionRequest(SESSION, TASK, tool, risk, JsonNodeFactory.instance.objectNode(), List.of(accesses),
				List.copyOf(grants), mode, workspace, at);
	}
}
