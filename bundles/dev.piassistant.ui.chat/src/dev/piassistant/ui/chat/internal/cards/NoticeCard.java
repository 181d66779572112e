package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.ui.chat.internal.model.NoticeItem;
import dev.piassistant.ui.text.ProviderErrorText;
import dev.piassistant.ui.text.SpendText;

/** A line about the way there: a retry, a failover to another model, older turns summarized, a failed hook, a resume. */
public final class NoticeCard extends Card<NoticeItem> {

	private final Label text;

	NoticeCard(Composite parent, CardContext context, NoticeItem item) {
		super(parent, context, item);
		text = CardStyle.muted(CardStyle.wrapping(root, ""));
		show(item);
	}

	@Override
	protected void show(NoticeItem current) {
		text.setText(describe(current.event()));
	}

	static String describe(AgentEvent event) {
		if (event instanceof AssistantRetryScheduled retry) {
			return NLS.bind(Messages.Notice_retry,
					new Object[] { ProviderErrorText.message(retry.cause()), retry.delaySeconds(), retry.attempt() });
		} else if (event instanceof ModelFailedOver failover) {
			return NLS.bind(Messages.Notice_failover, new Object[] { failover.from().model(),
					ProviderErrorText.message(failover.cause()), failover.to().model() });
		} else if (event instanceof ContextCompacted compacted) {
			return NLS.bind(Messages.Notice_compacted, SpendText.count(compacted.tokensBefore()),
					SpendText.count(compacted.tokensAfter()));
		} else if (event instanceof HookFailed hook) {
			return hook.hookEvent().isEmpty() ? NLS.bind(Messages.Notice_hookSettings, hook.command(), hook.problem())
					: NLS.bind(Messages.Notice_hookFailed, new Object[] { hook.hookEvent(), hook.command(), hook.problem() });
		}
		return Messages.Notice_resumed;
	}

	public String text() {
		return text.getText();
	}
}
