package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.ui.chat.internal.model.BudgetItem;
import dev.piassistant.ui.text.SpendText;

/** The task has spent most of what its limits allow. */
public final class BudgetCard extends Card<BudgetItem> {

	private final Label text;

	BudgetCard(Composite parent, CardContext context, BudgetItem item) {
		super(parent, context, item);
		var box = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(box);
		text = CardStyle.wrapping(box, "");
		CardStyle.paint(box, CardStyle.tint(parent, CardStyle.Tint.ATTENTION));
		show(item);
	}

	@Override
	protected void show(BudgetItem current) {
		text.setText("\u26a0 " + NLS.bind(Messages.Budget_warned, SpendText.against(current.spent(), current.limits())));
	}

	public String text() {
		return text.getText();
	}
}
