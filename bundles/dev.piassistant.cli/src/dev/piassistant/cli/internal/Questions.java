package dev.piassistant.cli.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.render.Explain;
import dev.piassistant.cli.internal.render.StepLabels;
import dev.piassistant.cli.internal.render.Style;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskPaused;

/**
 * How {@code pi} answers the agent's questions: from the grants given up front, else by asking on the
 * terminal, else by refusing with a note that says how to allow it next time.
 */
public final class Questions {

	/** What to do with a question. */
	public sealed interface Decision {
	}

	/** Answer at once. */
	public record Now(Answer answer) implements Decision {
	}

	/** Ask the user; the prompt ends where the answer is typed. */
	public record Ask(String prompt) implements Decision {
	}

	/** Nobody can be asked: refuse or stop, and tell the user why on standard error. */
	public record Refuse(Answer answer, String explanation) implements Decision {
	}

	private final Grants grants;
	private final boolean interactive;
	private final Style style;

	/** The same grants once nobody can be asked any more (standard input ended). */
	public Questions withoutTerminal() {
		return new Questions(grants, false, style);
	}

	public Questions(Grants grants, boolean interactive, Style style) {
		this.grants = grants;
		this.interactive = interactive;
		this.style = style;
	}

	public Decision decide(Question question, StepLabels steps) {
		if (question instanceof ApprovalRequested approval) {
			return approval(approval);
		}
		if (question instanceof PlanReviewRequested) {
			if (grants.everything()) {
				return new Now(Answer.Approve.once());
			}
			return interactive ? new Ask(style.question() + " " + Messages.Ask_plan)
					: new Refuse(new Answer.Deny(Messages.Note_noReviewer), Messages.Refused_plan);
		}
		var paused = (TaskPaused) question;
		var reason = Explain.pause(paused.reason(), steps::label);
		return interactive ? new Ask(style.warning() + " " + NLS.bind(Messages.Ask_paused, reason) + "\n" + style.question() + " " + Messages.Ask_goOn)
				: new Refuse(new Answer.Stop(), NLS.bind(Messages.Refused_pause, reason));
	}

	private Decision approval(ApprovalRequested approval) {
		if (grants.allows(approval.risk())) {
			return new Now(Answer.Approve.once());
		}
		var risk = approval.risk().name().toLowerCase(Locale.ROOT);
		if (!interactive) {
			return new Refuse(new Answer.Deny(NLS.bind(Messages.Note_noApprover, risk)),
					NLS.bind(Messages.Refused_call, new Object[] { approval.call().name(), risk }));
		}
		var arguments = approval.call().arguments().strip().replaceAll("\\s+", " ");
		if (arguments.length() > 200) {
			arguments = arguments.substring(0, 199) + style.ellipsis();
		}
		return new Ask(style.question() + " " + NLS.bind(Messages.Ask_approve, new Object[] { style.bold(approval.call().name()),
				risk, arguments }));
	}

	/** The answer a typed line gives; empty when the line is not one of the choices (ask again). */
	public static Optional<Answer> parse(Question question, String typed) {
		var line = typed.strip();
		var choice = line.toLowerCase(Locale.ROOT);
		if (question instanceof TaskPaused) {
			if (choice.isEmpty() || choice.equals("y") || choice.equals("yes")) {
				return Optional.of(new Answer.Proceed(""));
			}
			if (choice.equals("n") || choice.equals("no")) {
				return Optional.of(new Answer.Stop());
			}
			return Optional.of(new Answer.Proceed(line));
		}
		return switch (choice) {
			case "y", "yes" -> Optional.of(Answer.Approve.once());
			case "n", "no" -> Optional.of(new Answer.Deny(Messages.Note_userDeclined));
			case "a", "always" -> question instanceof ApprovalRequested ? Optional.of(new Answer.Approve(GrantScope.TASK, 0))
					: Optional.empty();
			case "s", "session" -> question instanceof ApprovalRequested ? Optional.of(new Answer.Approve(GrantScope.SESSION, 0))
					: Optional.empty();
			default -> Optional.empty();
		};
	}
}
