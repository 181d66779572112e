package dev.piassistant.ui.chat.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Keeps what the user typed but did not send when the view closes, and puts it back when it opens. */
final class Drafts {

	private static final String KEY = "draft";

	private Drafts() {
	}

	static void keep(Text input) {
		var preferences = InstanceScope.INSTANCE.getNode("dev.piassistant.ui.chat");
		input.setText(preferences.get(KEY, ""));
		input.setSelection(input.getCharCount());
		// The input's own dispose event still has its text (the view closing, or the workbench).
		input.addListener(SWT.Dispose, event -> {
			var draft = input.getText();
			if (draft.isBlank()) {
				preferences.remove(KEY);
			} else {
				preferences.put(KEY, draft);
			}
		});
	}
}
