package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import dev.piassistant.ui.chat.internal.model.InterruptedItem;

/** A task the IDE's end cut off, with Resume to take it up from its last completed step. */
public final class InterruptedCard extends Card<InterruptedItem> {

	private final Button resume;

	InterruptedCard(Composite parent, CardContext context, InterruptedItem item) {
		super(parent, context, item);
		var box = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 4).applyTo(box);
		CardStyle.wrapping(box, Messages.Interrupted_task);
		resume = CardStyle.button(box, Messages.Interrupted_resume, this::resume);
		CardStyle.paint(box, CardStyle.tint(parent, CardStyle.Tint.ATTENTION));
		show(item);
	}

	@Override
	protected void show(InterruptedItem current) {
		resume.setEnabled(current.canResume());
		resume.setToolTipText(current.canResume() ? null : Messages.Interrupted_busy);
	}

	public void resume() {
		resume.setEnabled(false);
		context.actions().resume(item().task());
	}

	public Button resumeButton() {
		return resume;
	}
}
