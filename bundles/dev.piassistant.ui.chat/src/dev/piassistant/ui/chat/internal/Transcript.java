package dev.piassistant.ui.chat.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.ui.chat.internal.cards.Card;
import dev.piassistant.ui.chat.internal.cards.CardActions;
import dev.piassistant.ui.chat.internal.cards.CardContext;
import dev.piassistant.ui.chat.internal.cards.Cards;
import dev.piassistant.ui.chat.internal.model.TranscriptItem;
import dev.piassistant.ui.markdown.MarkdownStyler;

/**
 * The scrolling list of cards, one per transcript item. Follows the newest text unless the user has
 * scrolled up to read.
 */
final class Transcript {

	private static final int BOTTOM_SLACK = 24;

	private final ScrolledComposite scroller;
	private final Composite content;
	private final MarkdownStyler styler = new MarkdownStyler();
	private final CardContext context;
	private final Map<String, Card<?>> cards = new LinkedHashMap<>();
	/** Whether the newest text is in view; the user scrolling up to read turns it off, back down on. */
	private boolean following = true;
	/** A new card the user must read (a failure, a question), to bring into view at the next layout. */
	private Control reveal;
	private Runnable followingChanged = () -> {
	};

	Transcript(Composite parent, CardActions actions) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(false);
		content = new Composite(scroller, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		scroller.setBackground(content.getBackground());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(content);
		scroller.setContent(content);
		// A resize (the status line taking a second line, say) keeps the newest text in view if it was.
		scroller.addListener(SWT.Resize, event -> relayout(true));
		scroller.getVerticalBar().setIncrement(20);
		scroller.getVerticalBar().addListener(SWT.Selection, event -> follow(isAtEnd()));
		// The styler's fonts must outlive the cards, which go with the scroller.
		scroller.addListener(SWT.Dispose, event -> event.display.asyncExec(styler::dispose));
		context = new CardContext(actions, styler, () -> relayout(false));
	}

	Control control() {
		return scroller;
	}

	/** Tells when the view starts or stops following the newest text, for the "jump to latest" control. */
	void onFollowingChanged(Runnable listener) {
		followingChanged = listener;
	}

	/** Whether the newest text stays in view as it arrives (the user has not scrolled up to read). */
	boolean isFollowing() {
		return following;
	}

	private void follow(boolean now) {
		if (now != following) {
			following = now;
			followingChanged.run();
		}
	}

	/**
	 * Shows these items in this order: new ones get a card, changed ones (another instance) redraw theirs,
	 * and cards of items gone are removed.
	 */
	void render(List<TranscriptItem> items) {
		var keep = new HashSet<String>();
		Control previous = null;
		for (var item : items) {
			keep.add(item.key());
			var card = cards.get(item.key());
			if (card == null) {
				card = Cards.create(content, context, item);
				cards.put(item.key(), card);
				if (Cards.needsReading(card)) {
					reveal = card.control();
				}
			} else if (card.item() != item) {
				card.update(item);
			}
			place(card.control(), previous);
			previous = card.control();
		}
		cards.entrySet().removeIf(entry -> {
			var gone = !keep.contains(entry.getKey());
			if (gone) {
				entry.getValue().dispose();
			}
			return gone;
		});
	}

	private void place(Control control, Control previous) {
		if (previous == null) {
			var first = content.getChildren()[0];
			if (first != control) {
				control.moveAbove(first);
			}
		} else {
			control.moveBelow(previous);
		}
	}

	/** The cards in order, for tests. */
	List<Card<?>> cards() {
		var shown = List.of(content.getChildren());
		return cards.values().stream().sorted((a, b) -> shown.indexOf(a.control()) - shown.indexOf(b.control())).toList();
	}

	void clear() {
		cards.values().forEach(Card::dispose);
		cards.clear();
		reveal = null;
		follow(true);
		relayout(false);
	}

	/**
	 * Lays the cards out for the current width.
	 *
	 * @param followEnd whether to keep the newest text in view, if the user has not scrolled up to read
	 */
	void relayout(boolean followEnd) {
		var width = scroller.getClientArea().width;
		if (width <= 0) {
			return;
		}
		content.layout(true, true);
		content.setSize(content.computeSize(width, SWT.DEFAULT));
		if (followEnd && following) {
			scroller.setOrigin(0, Math.max(0, content.getSize().y));
		}
		if (reveal != null && !reveal.isDisposed()) {
			bringIntoView(reveal);
		}
		reveal = null;
	}

	/** Scrolls as little as it takes to show the control, its top first when it is taller than the view. */
	private void bringIntoView(Control control) {
		var bounds = control.getBounds();
		var visible = scroller.getClientArea().height;
		var origin = scroller.getOrigin().y;
		if (bounds.y + bounds.height > origin + visible) {
			origin = bounds.y + bounds.height - visible;
		}
		origin = Math.min(origin, bounds.y);
		scroller.setOrigin(0, Math.max(0, origin));
		follow(isAtEnd());
	}

	/** Shows the newest text and follows it from now on (sending, "jump to latest", a chat opened). */
	void scrollToEnd() {
		follow(true);
		scroller.setOrigin(0, Math.max(0, content.getSize().y));
	}

	/** Whether the newest text is in view. */
	boolean isAtEnd() {
		var visible = scroller.getClientArea().height;
		return scroller.getOrigin().y + visible >= content.getSize().y - BOTTOM_SLACK;
	}
}
