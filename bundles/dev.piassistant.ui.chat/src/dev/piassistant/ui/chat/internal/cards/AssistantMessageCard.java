package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.ui.chat.internal.model.AssistantMessageItem;
import dev.piassistant.ui.text.ProviderErrorText;
import dev.piassistant.ui.text.SpendText;

/**
 * What the model said, as markdown, with its thinking in a collapsed section and a footer with the model
 * and its tokens (or how the answer ended).
 */
public final class AssistantMessageCard extends Card<AssistantMessageItem> implements MessageCard {

	private final MessageView view;
	private boolean problemShown;

	AssistantMessageCard(Composite parent, CardContext context, AssistantMessageItem item) {
		super(parent, context, item);
		GridLayoutFactory.fillDefaults().applyTo(root);
		view = new MessageView(root, MessageView.Author.ASSISTANT, Messages.Assistant + " \u00b7 " + item.model().model(),
				context);
		show(item);
	}

	@Override
	protected void show(AssistantMessageItem current) {
		view.setThinking(current.thinking());
		var empty = current.text().isEmpty() && current.state() == AssistantMessageItem.State.COMPLETED;
		view.setText(empty ? Messages.EmptyAnswer : current.text());
		view.setNote(note(current));
		view.setFooter(current.state() == AssistantMessageItem.State.COMPLETED ? tokens(current) : "");
		var error = current.error();
		if (current.showsProblem() && error != null && !problemShown) {
			problemShown = true;
			view.showProblem(ProviderErrorText.message(error), ProviderErrorText.hint(error),
					() -> context.actions().sendAgain(current.prompt()),
					ProviderErrorText.concernsSettings(error) ? context.actions()::openProviders : null);
		}
	}

	/** How the answer ended, when it did not end as the model meant it to. */
	private static String note(AssistantMessageItem item) {
		return switch (item.state()) {
		case STREAMING, COMPLETED -> "";
		case CANCELLED -> item.text().isEmpty() ? Messages.StoppedBeforeText : Messages.Stopped;
		case FAILED -> item.showsProblem() ? "" : Messages.AnswerBrokeOff;
		case INTERRUPTED -> item.text().isEmpty() ? Messages.InterruptedBeforeText : Messages.Interrupted;
		};
	}

	private static String tokens(AssistantMessageItem item) {
		var model = item.model().model();
		TokenUsage usage = item.usage();
		if (!usage.isKnown()) {
			return model;
		}
		var text = NLS.bind(Messages.Tokens, new Object[] { model, count(usage.inputTokens()), count(usage.outputTokens()) });
		return item.cost() > 0 ? text + NLS.bind(Messages.Cost, SpendText.dollars(item.cost())) : text;
	}

	private static String count(int tokens) {
		return tokens < 0 ? "?" : SpendText.count(tokens);
	}

	@Override
	public MessageView message() {
		return view;
	}
}
