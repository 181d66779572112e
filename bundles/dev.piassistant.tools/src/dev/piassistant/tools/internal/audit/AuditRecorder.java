package dev.piassistant.tools.internal.audit;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditRecord;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.CheckpointTaken;
import dev.piassistant.core.event.PermissionDecided;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.TaskEvent;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * Appends what the agent does with tools to the audit trail as it happens: each call asked for, the permission
 * decision and the rule or grant behind it, the user's answer to an approval, the checkpoint and the result.
 * Summaries are scrubbed of secrets and kept short.
 * <p>
 * It starts following the agent at the first permission check (the engine calls {@link #follow}), not when the
 * bundle starts: the command line opens its workspace after start-up, and nothing may open the store before.
 * The events of that first task so far are taken from its history.
 */
@Component(service = AuditRecorder.class)
public final class AuditRecorder implements AgentListener {

	private static final System.Logger LOG = System.getLogger(AuditRecorder.class.getName());
	private static final int LONGEST_SUMMARY = 300;

	private final AuditTrail trail;
	private final KnownSecrets secrets;
	/** The approvals waiting for an answer: the call each one is about. */
	private final Map<QuestionId, ApprovalRequested> approvals = new ConcurrentHashMap<>();
	private @Nullable AgentService agent;

	@Activate
	public AuditRecorder(@Reference AuditTrail trail, @Reference KnownSecrets secrets) {
		this.trail = trail;
		this.secrets = secrets;
	}

	/** Follows the agent from now on, if it does not yet, with what the task did before. */
	public synchronized void follow(SessionId session, TaskId task) {
		if (agent != null) {
			return;
		}
		var context = FrameworkUtil.getBundle(AuditRecorder.class).getBundleContext();
		var reference = context == null ? null : context.getServiceReference(AgentService.class);
		var service = reference == null ? null : context.getService(reference);
		if (service == null) {
			return;
		}
		agent = service;
		service.addListener(this);
		// The task waits for this permission check: nothing of it happens between the listener and the history.
		service.history(session).stream().filter(event -> event instanceof TaskEvent taskEvent && taskEvent.task().equals(task))
				.forEach(this::onEvent);
	}

	@Deactivate
	synchronized void deactivate() {
		var current = agent;
		if (current != null) {
			current.removeListener(this);
		}
	}

	@Override
	public void onEvent(AgentEvent event) {
		if (event instanceof ToolCallRequested requested) {
			append(requested, requested.call().id(), requested.call().name(), AuditKind.REQUEST, "", "", requested.call().arguments());
		} else if (event instanceof PermissionDecided decided) {
			append(decided, decided.callId(), decided.toolName(), AuditKind.DECISION, decision(decided.permission()),
					decided.permission().rule(), "");
		} else if (event instanceof ApprovalRequested approval) {
			approvals.put(approval.question(), approval);
		} else if (event instanceof QuestionAnswered answered) {
			var approval = approvals.remove(answered.question());
			if (approval != null) {
				var decision = answered.answer() instanceof Answer.Approve ? "approve" : "refuse";
				append(answered, approval.call().id(), approval.call().name(), AuditKind.ANSWER, decision, answerer(answered.by()),
						answer(answered.answer()));
			}
		} else if (event instanceof CheckpointTaken checkpoint) {
			append(checkpoint, checkpoint.callId(), "", AuditKind.CHECKPOINT, "", "", checkpoint.checkpoint().value() + " kept "
					+ String.join(", ", checkpoint.files()));
		} else if (event instanceof ToolCallEnded ended) {
			var output = ended.result().output().strip();
			var firstLine = output.lines().findFirst().orElse("");
			append(ended, ended.callId(), ended.toolName(), AuditKind.RESULT, "", "", ended.outcome().name().toLowerCase(Locale.ROOT)
					+ " in " + ended.durationMillis() + " ms: " + firstLine);
		}
	}

	/** Who answered, as the trail names deciders. */
	private static String answerer(AnsweredBy by) {
		return switch (by) {
		case USER -> Grant.BY_USER;
		case GRANTED_UP_FRONT -> "grant given up front";
		case NOBODY -> "nobody could be asked";
		};
	}

	private void append(TaskEvent event, String callId, String tool, AuditKind kind, String decision, String decidedBy, String summary) {
		var scrubbed = secrets.secrets().scrub(summary);
		var shortened = scrubbed.length() <= LONGEST_SUMMARY ? scrubbed : scrubbed.substring(0, LONGEST_SUMMARY) + "...";
		try {
			trail.append(new AuditRecord(event.at(), event.session().value(), event.task().value(), callId, tool, kind, decision, decidedBy,
					shortened));
		} catch (RuntimeException e) {
			// The trail must never stop the work it records.
			LOG.log(System.Logger.Level.ERROR, "Could not append to the audit trail: " + kind + " of " + tool, e);
		}
	}

	private static String decision(Permission permission) {
		if (permission instanceof Permission.Allow) {
			return "allow";
		}
		return permission instanceof Permission.Ask ? "ask" : "deny";
	}

	private static String answer(Answer answer) {
		if (answer instanceof Answer.Approve approve) {
			var reach = approve.target() == null ? "" : " " + approve.target().spec();
			var scope = approve.scope().name().toLowerCase(Locale.ROOT);
			return scope + (approve.minutes() > 0 ? " " + approve.minutes() + " min" : "") + reach;
		}
		return answer instanceof Answer.Deny deny ? deny.note() : "";
	}
}
