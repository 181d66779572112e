package dev.piassistant.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

/** The "Pi Assistant" node: what it is, and where to connect a model. */
public final class RootPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		var description = new Label(page, SWT.WRAP);
		description.setText(Messages.RootPage_description);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
		link(page, Messages.RootPage_providersLink, ProvidersPreferencePage.ID);
		link(page, Messages.RootPage_agentLink, AgentPreferencePage.ID, ModelsPreferencePage.ID);
		link(page, Messages.RootPage_permissionsLink, PermissionsPreferencePage.ID);
		return page;
	}

	/** A link per page, in the order the text names them. */
	private void link(Composite page, String text, String... pages) {
		var link = new Link(page, SWT.WRAP);
		link.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(link);
		link.addListener(SWT.Selection, event -> {
			var index = Math.max(0, java.util.Arrays.asList(links(text)).indexOf(event.text));
			if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
				container.openPage(pages[Math.min(index, pages.length - 1)], null);
			}
		});
	}

	/** The texts of a link's anchors, which SWT reports as the event's text when they have no href. */
	private static String[] links(String text) {
		return java.util.regex.Pattern.compile("<a>(.*?)</a>").matcher(text).results().map(match -> match.group(1))
				.toArray(String[]::new);
	}
}
