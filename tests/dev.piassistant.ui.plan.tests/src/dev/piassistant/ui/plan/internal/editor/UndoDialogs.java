package dev.piassistant.ui.plan.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Answers the next Undo dialog as the user would, with one of its buttons, and keeps what it said. */
final class UndoDialogs {

	final List<String> said = new CopyOnWriteArrayList<>();

	/** Watches for the dialog from now on; it opens from a job's result, in a nested event loop. */
	void answerNextWith(String button) {
		var display = Display.getCurrent();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				var shell = open(display);
				if (shell == null) {
					display.timerExec(100, this);
					return;
				}
				AgentViewDriver.all(shell, Label.class).stream().map(Label::getText).filter(text -> !text.isEmpty()).forEach(said::add);
				AgentViewDriver.all(shell, Button.class).stream().filter(each -> each.getText().equals(button)).findFirst()
						.ifPresent(Ui::click);
			}
		});
	}

	boolean answered() {
		return !said.isEmpty() && open(Display.getCurrent()) == null;
	}

	private static Shell open(Display display) {
		for (var shell : display.getShells()) {
			if (shell.isVisible() && "Undo".equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}
}
