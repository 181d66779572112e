package dev.piassistant.ui.internal.preferences;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.piassistant.core.tool.PermissionRules;
import dev.piassistant.core.tool.PermissionSettings;
import dev.piassistant.ui.Services;

/**
 * The user's standing permission rules (allowed, always asked, refused) and grant templates, shared by every
 * workspace and the command line. The texts are the working copy: OK and Apply store them, Cancel forgets
 * them, Restore Defaults empties them (Pi Assistant's own templates stay).
 */
public final class PermissionsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.permissions";

	private Optional<PermissionSettings> settings = Optional.empty();
	private Text allow;
	private Text ask;
	private Text deny;
	private Text templates;
	private Label builtIn;

	@Override
	public void init(IWorkbench workbench) {
		settings = Services.get(PermissionSettings.class);
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(settings.isPresent() ? Messages.PermissionsPage_description : Messages.PermissionsPage_unavailable);
		GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(intro);
		if (settings.isEmpty()) {
			noDefaultAndApplyButton();
			return page;
		}
		var rules = group(page, Messages.PermissionsPage_rules);
		allow = area(rules, Messages.PermissionsPage_allow);
		ask = area(rules, Messages.PermissionsPage_ask);
		deny = area(rules, Messages.PermissionsPage_deny);
		var hint = new Label(rules, SWT.WRAP);
		hint.setText(Messages.PermissionsPage_grantHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(hint);
		var templateGroup = group(page, Messages.PermissionsPage_templates);
		builtIn = new Label(templateGroup, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(builtIn);
		templates = area(templateGroup, Messages.PermissionsPage_userTemplates);
		show(settings.get());
		return page;
	}

	private static Group group(Composite page, String title) {
		var group = new Group(page, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		return group;
	}

	private Text area(Composite group, String label) {
		new Label(group, SWT.NONE).setText(label);
		var text = new Text(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(450, 3 * text.getLineHeight()).applyTo(text);
		text.addModifyListener(event -> validate());
		return text;
	}

	private void show(PermissionSettings current) {
		var rules = current.userRules();
		allow.setText(GrantLines.text(rules.allow()));
		ask.setText(GrantLines.text(rules.ask()));
		deny.setText(GrantLines.text(rules.deny()));
		var all = current.templates();
		builtIn.setText(NLS.bind(Messages.PermissionsPage_builtIn, GrantLines.templatesText(all.stream().filter(each -> each.builtIn())
				.toList()).strip()));
		templates.setText(GrantLines.templatesText(all.stream().filter(each -> !each.builtIn()).toList()));
		validate();
	}

	/** The rules as entered; throws with the message to show. */
	private PermissionRules rules() {
		return new PermissionRules(GrantLines.targets(allow.getText(), Messages.PermissionsPage_allow),
				GrantLines.targets(ask.getText(), Messages.PermissionsPage_ask), GrantLines.targets(deny.getText(), Messages.PermissionsPage_deny));
	}

	private void validate() {
		try {
			rules();
			GrantLines.templates(templates.getText());
			setErrorMessage(null);
			setValid(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	@Override
	protected void performDefaults() {
		allow.setText("");
		ask.setText("");
		deny.setText("");
		templates.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (settings.isEmpty()) {
			return true;
		}
		try {
			var rules = rules();
			var userTemplates = GrantLines.templates(templates.getText());
			settings.get().setUserRules(rules);
			settings.get().setUserTemplates(userTemplates);
			return true;
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		} catch (RuntimeException e) {
			setErrorMessage(NLS.bind(Messages.PermissionsPage_saveFailed, e.getMessage()));
			return false;
		}
	}

	Text field(String which) {
		return switch (which) {
		case "allow" -> allow;
		case "ask" -> ask;
		case "deny" -> deny;
		default -> templates;
		};
	}

	String builtInText() {
		return builtIn.getText();
	}
}
