package dev.piassistant.ui.internal.preferences;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.ui.AgentPreferences;

/**
 * How tasks run: the approval mode new tasks start in, and the limits every task gets. The widgets are the
 * working copy: OK and Apply store them, Cancel forgets them, Restore Defaults fills in the defaults.
 */
public final class AgentPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.agent";

	private final Map<ApprovalMode, Button> modes = new EnumMap<>(ApprovalMode.class);
	private Text maxTokens;
	private Text maxCost;
	private Spinner errorBudget;
	private Spinner repeatLimit;
	private Spinner noProgress;

	@Override
	public void init(IWorkbench workbench) {
		// Everything is read in createContents.
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.AgentPage_description);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
		modeGroup(page);
		limitsGroup(page);
		show(AgentPreferences.approvalMode(), AgentPreferences.limits());
		return page;
	}

	private void modeGroup(Composite page) {
		var group = group(page, Messages.AgentPage_mode, 1);
		for (var mode : ApprovalMode.values()) {
			var radio = new Button(group, SWT.RADIO);
			radio.setText(switch (mode) {
			case AUTO -> Messages.AgentPage_mode_AUTO;
			case STEP_BY_STEP -> Messages.AgentPage_mode_STEP_BY_STEP;
			case REVIEW_PLAN -> Messages.AgentPage_mode_REVIEW_PLAN;
			});
			modes.put(mode, radio);
		}
	}

	private void limitsGroup(Composite page) {
		var group = group(page, Messages.AgentPage_limits, 2);
		maxTokens = text(group, Messages.AgentPage_maxTokens);
		maxCost = text(group, Messages.AgentPage_maxCost);
		errorBudget = spinner(group, Messages.AgentPage_errorBudget, 1);
		repeatLimit = spinner(group, Messages.AgentPage_repeatLimit, 2);
		noProgress = spinner(group, Messages.AgentPage_noProgress, 1);
		var warning = new Label(group, SWT.WRAP);
		warning.setText(NLS.bind(Messages.AgentPage_warning, Math.round(Limits.WARNING_SHARE * 100)));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(warning);
	}

	private static Group group(Composite page, String title, int columns) {
		var group = new Group(page, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		return group;
	}

	private Text text(Composite group, String label) {
		new Label(group, SWT.NONE).setText(label);
		var text = new Text(group, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(event -> validate());
		return text;
	}

	private static Spinner spinner(Composite group, String label, int minimum) {
		new Label(group, SWT.NONE).setText(label);
		var spinner = new Spinner(group, SWT.BORDER);
		spinner.setValues(minimum, minimum, 1000, 0, 1, 5);
		return spinner;
	}

	private void show(ApprovalMode mode, Limits limits) {
		modes.forEach((each, radio) -> radio.setSelection(each == mode));
		maxTokens.setText(Long.toString(limits.maxTokens()));
		maxCost.setText(limits.maxCost() == 0 ? "0" : Double.toString(limits.maxCost()));
		errorBudget.setSelection(limits.errorBudget());
		repeatLimit.setSelection(limits.repeatLimit());
		noProgress.setSelection(limits.noProgressTurns());
		validate();
	}

	private ApprovalMode mode() {
		return modes.entrySet().stream().filter(entry -> entry.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(AgentPreferences.DEFAULT_MODE);
	}

	/** The limits as entered; throws with the message to show when a field is not a valid amount. */
	private Limits limits() {
		return new Limits(Numbers.whole(maxTokens.getText(), Messages.AgentPage_maxTokens),
				Numbers.amount(maxCost.getText(), Messages.AgentPage_maxCost),
				errorBudget.getSelection(), repeatLimit.getSelection(), noProgress.getSelection());
	}

	private void validate() {
		try {
			limits();
			setErrorMessage(null);
			setValid(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	@Override
	protected void performDefaults() {
		show(AgentPreferences.DEFAULT_MODE, Limits.DEFAULT);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			var limits = limits();
			AgentPreferences.setApprovalMode(mode());
			AgentPreferences.setLimits(limits);
			return true;
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	Text maxTokensField() {
		return maxTokens;
	}

	Text maxCostField() {
		return maxCost;
	}

	Spinner errorBudgetField() {
		return errorBudget;
	}

	Button modeButton(ApprovalMode mode) {
		return modes.get(mode);
	}
}
