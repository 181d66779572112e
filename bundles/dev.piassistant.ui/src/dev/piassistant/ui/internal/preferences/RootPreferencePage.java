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
		var link = new Link(page, SWT.NONE);
		link.setText(Messages.RootPage_providersLink);
		link.addListener(SWT.Selection, event -> {
			if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
				container.openPage(ProvidersPreferencePage.ID, null);
			}
		});
		return page;
	}
}
