package dev.piassistant.tools.mcp.internal.server;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditRecord;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;

/**
 * Every call an MCP client makes passes here, as the agent's calls pass its loop: asked for, judged by the
 * permission policy, run, and each step appended to the audit trail. Nobody can answer an approval over MCP, so a
 * call the policy would ask about runs only if the serving options grant its risk class.
 */
final class Gate {

	private static final int LONGEST_SUMMARY = 300;

	private final PermissionPolicy policy;
	/** The trail as it is when each call is made: the IDE may serve before the trail's service is there. */
	private final Supplier<@Nullable AuditTrail> audit;
	private final McpToolServer.Options options;
	private final SessionId session = SessionId.random();
	private final TaskId task = TaskId.random();
	private final List<Grant> grants;
	private final AtomicLong calls = new AtomicLong();
	private final Channel channel;

	Gate(PermissionPolicy policy, Supplier<@Nullable AuditTrail> audit, McpToolServer.Options options, Channel channel) {
		this.policy = policy;
		this.channel = channel;
		this.audit = audit;
		this.options = options;
		this.grants = options.allowed().stream()
				.map(risk -> new Grant(new GrantTarget.RiskClass(risk), GrantScope.SESSION, task, null, Grant.BY_TASK)).toList();
	}

	TaskId task() {
		return task;
	}

	ToolResult call(Tool tool, JsonNode arguments) {
		var callId = "mcp-" + calls.incrementAndGet();
		record(callId, tool.name(), AuditKind.REQUEST, "", "", tool.name() + " " + arguments);
		var permission = policy.check(new PermissionRequest(session, task, tool.name(), tool.risk(), arguments,
				tool.accesses().of(arguments), grants, ApprovalMode.AUTO, options.workspace(), Instant.now()));
		record(callId, tool.name(), AuditKind.DECISION, decision(permission), permission.rule(), "");
		if (permission instanceof Permission.Deny deny) {
			return ended(callId, tool, ToolResult.error("Pi's permissions refuse this call (" + deny.rule() + ")."));
		}
		if (permission instanceof Permission.Ask ask && !options.everything()) {
			return ended(callId, tool, ToolResult.error("Pi's permissions ask before this call (" + ask.rule() + "), and nobody can "
					+ "answer over MCP. " + channel.howToAllow(tool.risk())));
		}
		if (permission instanceof Permission.Ask) {
			record(callId, tool.name(), AuditKind.ANSWER, "approve", channel.grantedBy(), "every call granted up front");
		}
		try {
			var context = new ServingContext(session, task, options.workspace());
			var result = tool.handler().run(new ToolInvocation(new ToolCall(callId, tool.name(), arguments.toString()), arguments, context));
			return ended(callId, tool, result);
		} catch (Exception e) {
			return ended(callId, tool, ToolResult.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	private ToolResult ended(String callId, Tool tool, ToolResult result) {
		record(callId, tool.name(), AuditKind.RESULT, "", "", (result.isError() ? "failed: " : "ok: ") + result.output());
		return result;
	}

	private static String decision(Permission permission) {
		return permission instanceof Permission.Allow ? "allow" : permission instanceof Permission.Ask ? "ask" : "deny";
	}

	private void record(String callId, String tool, AuditKind kind, String decision, String decidedBy, String summary) {
		var trail = audit.get();
		if (trail != null) {
			var shortened = summary.length() > LONGEST_SUMMARY ? summary.substring(0, LONGEST_SUMMARY) + "..." : summary;
			trail.append(new AuditRecord(Instant.now(), session.value(), task.value(), callId, tool, kind, decision, decidedBy, shortened));
		}
	}
}
