package dev.piassistant.ui.chat.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.core.MessageId;
import dev.piassistant.ui.markdown.MarkdownStyler;

/** The scrolling list of messages. Follows the newest text unless the user has scrolled up to read. */
final class Transcript {

	private static final int BOTTOM_SLACK = 24;

	private final ScrolledComposite scroller;
	private final Composite content;
	private final MarkdownStyler styler = new MarkdownStyler();
	private final Map<MessageId, MessageView> messages = new LinkedHashMap<>();

	Transcript(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(false);
		content = new Composite(scroller, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		scroller.setBackground(content.getBackground());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(content);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, event -> relayout(false));
		scroller.getVerticalBar().setIncrement(20);
		// The styler's fonts must outlive the message widgets, which go with the scroller.
		scroller.addListener(SWT.Dispose, event -> event.display.asyncExec(styler::dispose));
	}

	Control control() {
		return scroller;
	}

	MessageView add(MessageId id, MessageView.Author author, String title) {
		var view = new MessageView(content, author, title, styler);
		messages.put(id, view);
		return view;
	}

	MessageView get(MessageId id) {
		return messages.get(id);
	}

	List<MessageView> all() {
		return List.copyOf(messages.values());
	}

	void clear() {
		messages.values().forEach(MessageView::dispose);
		messages.clear();
		relayout(false);
	}

	/** Lays the messages out for the current width; keeps the newest text in view if it was. */
	void relayout(boolean followEnd) {
		var wasAtEnd = isAtEnd();
		var width = scroller.getClientArea().width;
		if (width <= 0) {
			return;
		}
		content.layout(true, true);
		content.setSize(content.computeSize(width, SWT.DEFAULT));
		if (followEnd && wasAtEnd) {
			scroller.setOrigin(0, Math.max(0, content.getSize().y));
		}
	}

	void scrollToEnd() {
		scroller.setOrigin(0, Math.max(0, content.getSize().y));
	}

	private boolean isAtEnd() {
		var visible = scroller.getClientArea().height;
		return scroller.getOrigin().y + visible >= content.getSize().y - BOTTOM_SLACK;
	}
}
