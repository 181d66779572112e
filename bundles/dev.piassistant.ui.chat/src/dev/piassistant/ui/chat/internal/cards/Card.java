package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.ui.chat.internal.model.TranscriptItem;

/**
 * A card of the transcript: the widgets of one item. The transcript makes one per item key and hands it
 * each new version of its item.
 *
 * @param <T> the kind of item it draws
 */
public abstract class Card<T extends TranscriptItem> {

	protected final Composite root;
	protected final CardContext context;
	private T item;

	protected Card(Composite parent, CardContext context, T item) {
		this.context = context;
		this.item = item;
		root = new Composite(parent, SWT.NONE);
		KeptColours.background(root, parent.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		GridLayoutFactory.fillDefaults().margins(8, 4).spacing(4, 3).applyTo(root);
	}

	public final Control control() {
		return root;
	}

	public final T item() {
		return item;
	}

	/** Shows a new version of the item. */
	@SuppressWarnings("unchecked")
	public final void update(TranscriptItem newItem) {
		item = (T) newItem;
		show(item);
	}

	/** Draws the item (the first time, and after each change). */
	protected abstract void show(T current);

	public void dispose() {
		root.dispose();
	}
}
