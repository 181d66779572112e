package dev.piassistant.cli.internal;

import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.args.Command;
import dev.piassistant.cli.internal.args.Common;
import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.cli.internal.args.Values;
import dev.piassistant.cli.internal.profile.Profile;
import dev.piassistant.cli.internal.render.JsonRenderer;
import dev.piassistant.cli.internal.render.PlanPrinter;
import dev.piassistant.cli.internal.render.Printer;
import dev.piassistant.cli.internal.render.Renderer;
import dev.piassistant.cli.internal.render.Style;
import dev.piassistant.cli.internal.render.TaskView;
import dev.piassistant.cli.internal.render.Terminal;
import dev.piassistant.cli.internal.render.TerminalRenderer;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.TaskCompleted;

/** {@code pi run} and {@code pi resume} once the workspace and the services are there. */
final class TaskCommand {

	private final Services services;
	private final Pi.Streams streams;
	private final Terminal terminal;
	private final Grants grants;
	private final Common common;
	private final BlockingQueue<Signal> signals;
	private final Style style;
	private final Printer out;
	private final ModelChoice models;

	TaskCommand(Services services, Pi.Streams streams, Terminal terminal, Grants grants, Common common,
			BlockingQueue<Signal> signals) {
		this.services = services;
		this.streams = streams;
		this.terminal = terminal;
		this.grants = grants;
		this.common = common;
		this.signals = signals;
		// JSON lines and the answer alone are for scripts: no colours there, and questions go to standard error.
		this.style = common.json() ? Style.plain() : Style.of(terminal);
		this.out = new Printer(streams.out());
		this.models = new ModelChoice(services.providers());
	}

	ExitCode run(Command.Run run, String prompt, Profile profile) throws InterruptedException {
		var limits = Limits.DEFAULT;
		var maxTokens = run.maxTokens().isPresent() ? run.maxTokens() : profile.maxTokens();
		var maxCost = run.maxCost().isPresent() ? run.maxCost() : profile.maxCost();
		if (maxTokens.isPresent()) {
			limits = limits.withMaxTokens(maxTokens.getAsLong());
		}
		if (maxCost.isPresent()) {
			limits = limits.withMaxCost(maxCost.getAsDouble());
		}
		var mode = run.mode().or(profile::mode).orElse(ApprovalMode.AUTO);
		try {
			var model = models.choose(run.model().or(profile::model));
			var settings = new TaskSettings(mode, model, run.pin(), limits);
			var agent = services.agent();
			var session = agent.newSession();
			var interactive = terminal.interactive() && !run.prompt().equals("-");
			return follow(session, new TaskView(), interactive, () -> agent.start(new TaskRequest(session, prompt, settings)));
		} catch (ModelChoice.NotConfigured e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.PROVIDER_NOT_CONFIGURED;
		}
	}

	ExitCode resume(Command.Resume resume) throws InterruptedException, UsageException {
		Interrupted.Found found;
		try {
			found = new Interrupted(services.agent()).find(resume.task());
		} catch (Interrupted.NothingToResume e) {
			streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
			return ExitCode.FAILED;
		}
		var task = found.task();
		var view = new TaskView();
		view.applyAll(found.history());
		if (!common.json() && !common.quiet()) {
			out.line(style.dim(NLS.bind(Messages.Resume_header, new Object[] { task.task().value().substring(0, Math.min(8, task.task().value().length())),
					models.display(task.settings().model()), Values.modeName(task.settings().mode()), style.separator() })));
			out.line(style.bold(NLS.bind(Messages.Resume_prompt, firstLine(task.prompt()))));
			if (task.hasPlan()) {
				new PlanPrinter(style).tree(task.plan()).forEach(out::line);
			}
			var done = task.finishedCalls().stream().filter(call -> !AgentTools.isOwn(call.call().name())).count();
			out.line(style.dim(NLS.bind(Messages.Resume_done, done)));
		}
		return follow(task.session(), view, terminal.interactive(), () -> services.agent().resume(task.session(), task.task()));
	}

	private ExitCode follow(SessionId session, TaskView view, boolean interactive, Supplier<TaskHandle> start)
			throws InterruptedException {
		var agent = services.agent();
		var follower = new Follower(session, view, renderer(view), signals);
		agent.addListener(follower);
		try {
			Interrupts.onInterrupt(() -> signals.add(new Signal.Interrupted()));
			TaskHandle handle;
			try {
				handle = start.get();
			} catch (IllegalStateException | IllegalArgumentException e) {
				streams.err().println(NLS.bind(Messages.Pi_error, e.getMessage()));
				return ExitCode.FAILED;
			}
			var prompts = common.json() ? new Printer(streams.err()) : out;
			var context = new TaskRun.Context(agent, prompts, streams.err(), style, streams.in());
			var run = new TaskRun(context, session, new Questions(grants, interactive, style), view, signals);
			var code = run.follow(handle);
			if (common.quiet() && !common.json()) {
				view.task(handle.task()).flatMap(task -> task.ending()).filter(TaskCompleted.class::isInstance)
						.map(ended -> ((TaskCompleted) ended).summary()).ifPresent(summary -> out.line(summary.strip()));
			}
			return code;
		} finally {
			agent.removeListener(follower);
		}
	}

	private Renderer renderer(TaskView view) {
		if (common.json()) {
			return new JsonRenderer(streams.out());
		}
		return common.quiet() ? Renderer.NONE : new TerminalRenderer(out, style, terminal.columns(), view, models::display);
	}

	private static String firstLine(String text) {
		var line = text.strip();
		var end = line.indexOf('\n');
		return end < 0 ? line : line.substring(0, end) + " ...";
	}
}
