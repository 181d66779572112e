package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import dev.piassistant.ui.chat.internal.model.UserMessageItem;

/** What the user sent, in a tinted bubble. */
public final class UserMessageCard extends Card<UserMessageItem> implements MessageCard {

	private final MessageView view;

	UserMessageCard(Composite parent, CardContext context, UserMessageItem item) {
		super(parent, context, item);
		GridLayoutFactory.fillDefaults().applyTo(root);
		view = new MessageView(root, MessageView.Author.USER, Messages.You, context);
		show(item);
	}

	@Override
	protected void show(UserMessageItem current) {
		view.setText(current.text());
	}

	@Override
	public MessageView message() {
		return view;
	}
}
