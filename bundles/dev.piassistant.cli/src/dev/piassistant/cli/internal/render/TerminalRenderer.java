package dev.piassistant.cli.internal.render;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.cli.internal.args.Values;
import dev.piassistant.core.MessageId;
import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.StepState;

/**
 * A task as people follow it on a terminal: the plan as a tree, each step as it starts and ends, one line per
 * tool call, the answer as it streams, warnings, and a closing line with what it spent. The plan's own tool
 * calls (propose, revise) show as plans, not as calls.
 */
public final class TerminalRenderer implements Renderer {

	private static final String INDENT = "  ";

	private final Printer out;
	private final Style style;
	private final TaskView view;
	private final Function<ModelRef, String> modelNames;
	private final ToolCallLine calls;
	private final PlanPrinter plans;
	private final Map<MessageId, Shown> messages = new ConcurrentHashMap<>();
	private final java.util.Set<String> shownTexts = ConcurrentHashMap.newKeySet();
	private volatile @Nullable Instant began;

	/** A message being answered: whether its text is shown, where, and whether any of it streamed yet. */
	private record Shown(boolean visible, String indent, boolean streamed) {
	}

	public TerminalRenderer(Printer out, Style style, int columns, TaskView view, Function<ModelRef, String> modelNames) {
		this.out = out;
		this.style = style;
		this.view = view;
		this.modelNames = modelNames;
		this.calls = new ToolCallLine(style, columns);
		this.plans = new PlanPrinter(style);
	}

	@Override
	public void event(AgentEvent event) {
		if (event instanceof TaskStarted started) {
			began = started.at();
			out.line(style.dim(NLS.bind(Messages.Run_header, new Object[] { short8(started.task().value()),
					modelNames.apply(started.settings().model()), Values.modeName(started.settings().mode()), style.separator() })));
		} else if (event instanceof TaskResumed resumed) {
			began = resumed.at();
		} else if (event instanceof PlanRevised revised) {
			plan(revised);
		} else if (event instanceof StepStarted started) {
			out.line(style.state(StepState.RUNNING) + " " + style.bold(view.labels(started.task()).label(started.step())));
		} else if (event instanceof StepEnded ended) {
			stepEnded(ended);
		} else if (event instanceof AssistantMessageStarted started) {
			var visible = started.purpose() == CallPurpose.ANSWER || started.purpose() == CallPurpose.STEP;
			messages.put(started.message(), new Shown(visible, started.step() == null ? "" : INDENT, false));
		} else if (event instanceof AssistantMessageEnded ended) {
			messageEnded(ended);
		} else if (event instanceof ToolCallEnded ended && !AgentTools.isOwn(ended.toolName())) {
			var call = view.task(ended.task()).map(task -> task.calls().get(ended.callId()));
			out.line(calls.of(ended, call, INDENT));
		} else {
			notice(event);
		}
	}

	private void notice(AgentEvent event) {
		if (event instanceof BudgetWarned warned) {
			out.line(style.warning() + " " + NLS.bind(Messages.Run_budgetWarned, Numbers.against(warned.spent(), warned.limits())));
		} else if (event instanceof ModelFailedOver failover) {
			out.line(style.warning() + " " + NLS.bind(Messages.Run_failedOver, new Object[] { modelNames.apply(failover.from()),
					Explain.error(failover.cause()), modelNames.apply(failover.to()) }));
		} else if (event instanceof HookFailed hook) {
			out.line(style.warning() + " " + (hook.hookEvent().isEmpty() ? NLS.bind(Messages.Run_hookSettings, hook.command(), hook.problem())
					: NLS.bind(Messages.Run_hookFailed, new Object[] { hook.hookEvent(), hook.command(), hook.problem() })));
		} else if (event instanceof TaskEstimated estimated) {
			out.line(style.note() + " " + style.dim(NLS.bind(Messages.Run_estimated, Numbers.spend(estimated.estimate()),
					Numbers.caps(estimated.limits()))));
		} else if (event instanceof ContextCompacted compacted) {
			out.line(style.note() + " " + style.dim(NLS.bind(Messages.Run_compacted, new Object[] { compacted.coveredMessages(),
					String.format(java.util.Locale.ROOT, "%,d", compacted.tokensBefore()), Numbers.tokens(compacted.tokensAfter()) })));
		} else if (event instanceof AssistantRetryScheduled retry) {
			out.line(style.warning() + " " + NLS.bind(Messages.Run_retrying, new Object[] { Explain.error(retry.cause()),
					retry.delaySeconds(), retry.attempt() }));
		} else if (event instanceof TaskEnded ended) {
			if (ended instanceof TaskCompleted completed && !completed.summary().isBlank()
					&& !shownTexts.contains(completed.summary().strip())) {
				// The summary was not an answer the user saw (a plan's last step ends the task): show it.
				out.stream("", completed.summary().strip());
				out.closeLine();
			}
			footer(ended);
		}
	}

	@Override
	public void textDelta(MessageId message, String delta) {
		var shown = messages.getOrDefault(message, new Shown(true, "", false));
		if (shown.visible()) {
			messages.put(message, new Shown(true, shown.indent(), true));
			out.stream(shown.indent(), delta);
		}
	}

	private void messageEnded(AssistantMessageEnded ended) {
		var shown = messages.remove(ended.message());
		if (shown != null && shown.visible() && !shown.streamed() && ended instanceof AssistantMessageCompleted
				&& !ended.text().isBlank()) {
			// A provider that does not stream sends the whole text at the end.
			out.stream(shown.indent(), ended.text());
		}
		if (shown != null && shown.visible()) {
			shownTexts.add(ended.text().strip());
		}
		out.closeLine();
	}

	private void plan(PlanRevised revised) {
		var revisions = view.task(revised.task()).map(TaskSnapshot::revisions).orElse(java.util.List.of());
		var previous = revisions.size() >= 2 ? revisions.get(revisions.size() - 2).plan() : Plan.EMPTY;
		plans.lines(revised.revision(), previous).forEach(out::line);
	}

	private void stepEnded(StepEnded ended) {
		var label = view.labels(ended.task()).label(ended.step());
		var summary = StepLabels.oneLine(ended.summary());
		out.line(style.state(ended.state()) + " " + label + (summary.isEmpty() ? "" : style.separator() + style.dim(summary)));
	}

	private void footer(TaskEnded ended) {
		var parts = new ArrayList<String>();
		view.task(ended.task()).ifPresent(task -> {
			if (task.hasPlan()) {
				parts.add(NLS.bind(Messages.Run_steps, task.plan().finishedCount(), task.plan().leaves().size()));
			}
			var toolCalls = task.calls().values().stream().filter(call -> !AgentTools.isOwn(call.call().name())).count();
			if (toolCalls > 0) {
				parts.add(toolCalls == 1 ? Messages.Run_toolCall : NLS.bind(Messages.Run_toolCalls, toolCalls));
			}
		});
		parts.add(Numbers.spend(ended.spent()));
		var start = began;
		if (start != null) {
			parts.add(Numbers.duration(Duration.between(start, ended.at())));
		}
		out.line(outcome(ended) + style.separator() + String.join(style.separator(), parts));
	}

	private String outcome(TaskEnded ended) {
		if (ended instanceof TaskCompleted) {
			return style.ok() + " " + style.bold(Messages.Run_done);
		}
		if (ended instanceof TaskCancelled) {
			return style.cancelled() + " " + style.bold(Messages.Run_cancelled);
		}
		return style.failed() + " " + style.bold(Messages.Run_failed);
	}

	static String short8(String id) {
		return id.length() <= 8 ? id : id.substring(0, 8);
	}
}
