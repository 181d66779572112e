package dev.piassistant.cli.internal;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.render.Explain;
import dev.piassistant.cli.internal.render.Printer;
import dev.piassistant.cli.internal.render.Style;
import dev.piassistant.cli.internal.render.TaskView;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskFailed;

/**
 * The main thread while a task runs: it answers questions (up front, by asking, or by refusing), turns
 * Ctrl+C into a cancel (a second one quits at once), and returns the exit code when the task ends.
 */
final class TaskRun {

	/** How long the end may wait for its event to be shown after the task's job has finished. */
	private static final long RENDER_GRACE_MILLIS = 2_000;

	private final AgentService agent;
	private final SessionId session;
	private final Questions questions;
	private final TaskView view;
	private final Printer prompts;
	private final PrintStream err;
	private final Style style;
	private final BlockingQueue<Signal> signals;
	private final InputLines input;
	private final Deque<Pending> waiting = new ArrayDeque<>();
	private boolean interrupted;
	private boolean unanswered;
	private boolean inputEnded;

	private record Pending(Question question, String prompt) {
	}

	TaskRun(Context context, SessionId session, Questions questions, TaskView view, BlockingQueue<Signal> signals) {
		this.agent = context.agent();
		this.session = session;
		this.questions = questions;
		this.view = view;
		this.prompts = context.prompts();
		this.err = context.err();
		this.style = context.style();
		this.signals = signals;
		this.input = new InputLines(context.in(), signals);
	}

	/** What the main thread needs from the command. */
	record Context(AgentService agent, Printer prompts, PrintStream err, Style style, java.io.InputStream in) {
	}

	ExitCode follow(TaskHandle handle) throws InterruptedException {
		handle.outcome().whenComplete((ended, error) -> signals.add(error != null ? new Signal.Lost(String.valueOf(error))
				: new Signal.Ended(ended)));
		TaskEnded last = null;
		long deadline = 0;
		while (true) {
			var signal = last == null ? signals.take() : signals.poll(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
			if (signal == null) {
				return finish(last);
			}
			if (signal instanceof Signal.Ended ended) {
				if (last != null) {
					return finish(ended.ended());
				}
				// The first of the two ends (the event, the job's outcome) to arrive; give the other time to show it.
				last = ended.ended();
				deadline = System.currentTimeMillis() + RENDER_GRACE_MILLIS;
			} else if (signal instanceof Signal.Lost lost) {
				err.println(NLS.bind(Messages.Run_lost, lost.detail()));
				return ExitCode.FAILED;
			} else {
				handle(signal);
			}
		}
	}

	private void handle(Signal signal) {
		if (signal instanceof Signal.Asked asked) {
			asked(asked.question());
		} else if (signal instanceof Signal.Typed typed) {
			typed(typed.line());
		} else if (signal instanceof Signal.InputEnded) {
			inputEnded = true;
			while (!waiting.isEmpty()) {
				var pending = waiting.poll();
				prompts.answered();
				refuse(pending.question(), questions.withoutTerminal().decide(pending.question(), view.labels(pending.question().task())));
			}
		} else if (signal instanceof Signal.Interrupted) {
			interrupt();
		}
	}

	private void asked(Question question) {
		var decider = inputEnded ? questions.withoutTerminal() : questions;
		var decision = decider.decide(question, view.labels(question.task()));
		if (decision instanceof Questions.Now now) {
			answer(question, now.answer(), AnsweredBy.GRANTED_UP_FRONT);
		} else if (decision instanceof Questions.Refuse) {
			refuse(question, decision);
		} else {
			waiting.add(new Pending(question, ((Questions.Ask) decision).prompt()));
			if (waiting.size() == 1) {
				prompts.prompt(waiting.peek().prompt() + " ");
				input.start();
			}
		}
	}

	private void typed(String line) {
		var pending = waiting.peek();
		if (pending == null) {
			return;
		}
		prompts.answered();
		var answer = Questions.parse(pending.question(), line);
		if (answer.isEmpty()) {
			prompts.prompt(Messages.Ask_again + " " + pending.prompt() + " ");
			return;
		}
		waiting.poll();
		answer(pending.question(), answer.get(), AnsweredBy.USER);
		var next = waiting.peek();
		if (next != null) {
			prompts.prompt(next.prompt() + " ");
		}
	}

	private void refuse(Question question, Questions.Decision decision) {
		var refusal = (Questions.Refuse) decision;
		unanswered = true;
		err.println(style.denied() + " " + refusal.explanation());
		answer(question, refusal.answer(), AnsweredBy.NOBODY);
	}

	private void answer(Question question, Answer answer, AnsweredBy by) {
		try {
			agent.answer(session, question.question(), answer, by);
		} catch (IllegalStateException e) {
			// The task moved on meanwhile (it was cancelled, or the question answered otherwise): nothing to do.
		}
	}

	private void interrupt() {
		if (interrupted) {
			err.println(Messages.Run_quitNow);
			Runtime.getRuntime().halt(ExitCode.FORCED_EXIT.code());
		}
		interrupted = true;
		prompts.closeLine();
		err.println(Messages.Run_cancelling);
		agent.cancel(session);
	}

	private ExitCode finish(@Nullable TaskEnded ended) {
		if (ended instanceof TaskFailed failed) {
			err.println(style.failed() + " " + Explain.problem(failed.problem()));
		}
		return ended == null ? ExitCode.FAILED : Outcomes.exitCode(ended, interrupted, unanswered);
	}
}
