package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;

/** The Providers page edits a working copy: OK saves descriptions and keys, Cancel changes nothing. */
@ExtendWith(FailOnLoggedErrors.class)
class ProvidersPreferencePageTest {

	private ProviderSettings settings;
	private PreferenceDialog dialog;

	@BeforeEach
	void clean() {
		settings = OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(20));
		settings.providers().forEach(provider -> settings.remove(provider.id()));
		settings.save(new ProviderConfig("existing", "Existing", ProviderKind.OLLAMA, "http://localhost:11434", "m"));
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		settings.providers().forEach(provider -> settings.remove(provider.id()));
	}

	private ProvidersPreferencePage open() {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(shell, ProvidersPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		assertEquals(Window.OK, dialog.open());
		return (ProvidersPreferencePage) dialog.getSelectedPage();
	}

	private static int rows(ProvidersPreferencePage page) {
		return ((Table) find(page.getControl(), Table.class)).getItemCount();
	}

	private static Object find(org.eclipse.swt.widgets.Control control, Class<?> type) {
		if (type.isInstance(control)) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				var found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void okSavesANewProviderAndItsKeyToSecureStorage() throws Exception {
		var page = open();
		assertEquals(1, rows(page), "the existing provider is listed");
		page.accept(new ProviderDialog.Result(
				new ProviderConfig("claude", "Claude", ProviderKind.ANTHROPIC, "https://api.anthropic.com/v1", "claude-x"),
				Optional.of("sk-ant-secret")));
		assertEquals(2, rows(page));
		assertEquals(1, settings.providers().size(), "nothing is saved before OK");
		assertTrue(page.performOk());
		assertEquals(2, settings.providers().size());
		assertEquals(Optional.of("sk-ant-secret"), settings.apiKey("claude"));
	}

	@Test
	void cancelLeavesTheProvidersAsTheyWere() throws Exception {
		var page = open();
		page.accept(new ProviderDialog.Result(
				new ProviderConfig("other", "Other", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:1234/v1", ""), Optional.of("k")));
		assertTrue(page.performCancel());
		dialog.close();
		Display.getCurrent().readAndDispatch();
		assertEquals(1, settings.providers().size());
		assertEquals(Optional.empty(), settings.apiKey("other"));
	}
}
