package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.ui.AgentPreferences;

/**
 * Where the user types. Enter sends, Shift+Enter starts a new line, Esc stops a running task, {@code #}
 * mentions a workspace file, and files dropped here attach. The one
 * button is Send while idle and Stop while a task runs. Below, the approval mode for the next task,
 * remembered in the preferences.
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
	private final Combo mode;
	private final Actions actions;
	private final ContextChips chips;
	private final Mentions mentions;
	private final Image sendImage;
	private final Image stopImage;
	private boolean busy;
	/** Other proposals in the input (MCP prompts and resources) that Enter chooses from while they show. */
	private final List<BooleanSupplier> choosers = new ArrayList<>();

	Composer(Composite parent, Actions actions, Image sendImage, Image stopImage) {
		this.actions = actions;
		this.sendImage = sendImage;
		this.stopImage = stopImage;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(root);
		chips = new ContextChips(root, this::typed);
		input = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		input.setMessage(Messages.InputHint);
		var lineHeight = input.getLineHeight();
		GridDataFactory.fillDefaults().grab(true, false).hint(100, lineHeight * INPUT_LINES).applyTo(input);
		input.addListener(SWT.KeyDown, this::keyPressed);
		input.addListener(SWT.Modify, event -> chips.typed());
		mentions = Mentions.install(input, chips);
		FileDrops.accept(root, chips);
		FileDrops.accept(input, chips);
		button = new Button(root, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.END).applyTo(button);
		button.addListener(SWT.Selection, event -> pressed());
		mode = modeRow();
		setBusy(false);
	}

	private Combo modeRow() {
		var row = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.Mode);
		var combo = new Combo(row, SWT.READ_ONLY);
		combo.setItems(Arrays.stream(ApprovalMode.values()).map(Composer::label).toArray(String[]::new));
		combo.setToolTipText(Messages.ModeTooltip);
		combo.select(AgentPreferences.approvalMode().ordinal());
		combo.addListener(SWT.Selection, event -> AgentPreferences.setApprovalMode(mode()));
		return combo;
	}

	static String label(ApprovalMode mode) {
		return switch (mode) {
		case AUTO -> Messages.Mode_AUTO;
		case STEP_BY_STEP -> Messages.Mode_STEP_BY_STEP;
		case REVIEW_PLAN -> Messages.Mode_REVIEW_PLAN;
		};
	}

	private void keyPressed(Event event) {
		var enter = event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR;
		if (enter && (mentions.choosing() || choosers.stream().anyMatch(BooleanSupplier::getAsBoolean))) {
			return; // Enter picks what is proposed
		}
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

	/** What the user typed so far; nothing while the input is being built. */
	@SuppressWarnings("null")
	private String typed() {
		return input == null ? "" : input.getText();
	}

	/** Enter does not send while {@code choosing} says proposals show. */
	void whileChoosing(BooleanSupplier choosing) {
		choosers.add(choosing);
	}

	Mentions mentions() {
		return mentions;
	}

	/** The context that goes with the next message. */
	ContextChips chips() {
		return chips;
	}

	Button button() {
		return button;
	}

	Combo modeCombo() {
		return mode;
	}

	/** The approval mode the next task runs in. */
	ApprovalMode mode() {
		return ApprovalMode.values()[Math.max(0, mode.getSelectionIndex())];
	}

	/** Follows the preference when another view or the preference page changed it. */
	void showMode(ApprovalMode chosen) {
		if (!mode.isDisposed() && mode() != chosen) {
			mode.select(chosen.ordinal());
		}
	}

	boolean isBusy() {
		return busy;
	}

	void setBusy(boolean running) {
		if (busy == running && button.getImage() != null) {
			return;
		}
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
