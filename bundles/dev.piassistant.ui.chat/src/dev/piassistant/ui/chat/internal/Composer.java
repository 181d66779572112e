package dev.piassistant.ui.chat.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Where the user types. Enter sends, Shift+Enter starts a new line, Esc stops a running answer. The one
 * button is Send while idle and Stop while an answer streams.
 */
final class Composer {

	interface Actions {
		void send(String text);

		void stop();
	}

	private static final int INPUT_LINES = 4;

	private final Composite root;
	private final Text input;
	private final Button button;
	private final Actions actions;
	private final Image sendImage;
	private final Image stopImage;
	private boolean busy;

	Composer(Composite parent, Actions actions, Image sendImage, Image stopImage) {
		this.actions = actions;
		this.sendImage = sendImage;
		this.stopImage = stopImage;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(root);
		input = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		input.setMessage(Messages.InputHint);
		var lineHeight = input.getLineHeight();
		GridDataFactory.fillDefaults().grab(true, false).hint(100, lineHeight * INPUT_LINES).applyTo(input);
		input.addListener(SWT.KeyDown, this::keyPressed);
		button = new Button(root, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.END).applyTo(button);
		button.addListener(SWT.Selection, event -> pressed());
		setBusy(false);
	}

	private void keyPressed(Event event) {
		var enter = event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR;
		if (enter && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
			event.doit = false;
			if (!busy) {
				actions.send(input.getText());
			}
		} else if (event.keyCode == SWT.ESC && busy) {
			event.doit = false;
			actions.stop();
		}
	}

	private void pressed() {
		if (busy) {
			actions.stop();
		} else {
			actions.send(input.getText());
		}
	}

	Composite control() {
		return root;
	}

	Text input() {
		return input;
	}

	Button button() {
		return button;
	}

	boolean isBusy() {
		return busy;
	}

	void setBusy(boolean running) {
		busy = running;
		button.setText(running ? Messages.Stop : Messages.Send);
		button.setImage(running ? stopImage : sendImage);
		button.setToolTipText(running ? Messages.StopTooltip : Messages.SendTooltip);
		root.layout(true);
	}

	/** Clears the input if it still holds exactly what was sent (the user may have typed on meanwhile). */
	void sent(String text) {
		if (input.getText().equals(text)) {
			input.setText("");
		}
	}

	void focus() {
		input.setFocus();
	}
}
