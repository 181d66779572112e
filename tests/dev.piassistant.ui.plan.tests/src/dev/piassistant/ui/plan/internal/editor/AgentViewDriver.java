package dev.piassistant.ui.plan.internal.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The Agent view in the running workbench, used as a person uses it: through the widgets it shows (the
 * approval mode, the message box, an approval's buttons), found by what they say. Its only provider is a
 * scripted OpenAI-compatible server; everything between the view and the server is the real code.
 */
final class AgentViewDriver implements AutoCloseable {

	static final String AGENT_VIEW = "dev.piassistant.ui.chat.agentView";
	static final String MODEL = "scripted-planner";

	final ScriptedModelServer server = ScriptedModelServer.start();
	final ProviderSettings settings = OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(20));
	final AgentService agent = OsgiServices.await(AgentService.class, Duration.ofSeconds(20));
	private final String providerId = "scripted-" + UUID.randomUUID();
	private final IViewPart view;

	AgentViewDriver() throws Exception {
		settings.providers().forEach(provider -> settings.remove(provider.id()));
		settings.save(new ProviderConfig(providerId, "Scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", MODEL));
		settings.setDefaultModel(new ModelRef(providerId, MODEL));
		view = page().showView(AGENT_VIEW);
		Ui.spinUntil("the Agent view picks the scripted model",
				() -> find(Combo.class, combo -> combo.getText().equals(MODEL)).isPresent());
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	Control control() {
		return (Control) view.getSite().getService(MPart.class).getWidget();
	}

	/** Picks an approval mode by its label, as in the combo under the message box. */
	void chooseMode(String label) {
		var combo = find(Combo.class, each -> Arrays.asList(each.getItems()).contains(label)).orElseThrow();
		combo.select(Arrays.asList(combo.getItems()).indexOf(label));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Types a message and presses Enter. */
	void send(String text) {
		var input = find(Text.class, each -> (each.getStyle() & SWT.MULTI) != 0 && each.isEnabled()).orElseThrow();
		input.setText(text);
		Ui.pressEnter(input);
	}

	/** The visible, enabled button with this text (an approval's Approve, say). */
	Optional<Button> button(String text) {
		return find(Button.class, each -> each.getText().equals(text) && each.isVisible() && each.isEnabled());
	}

	/** Chooses how far an approval reaches, in the visible approval card. */
	void approvalScope(String label) {
		var combo = find(Combo.class, each -> Arrays.asList(each.getItems()).contains(label) && each.isVisible()).orElseThrow();
		combo.select(Arrays.asList(combo.getItems()).indexOf(label));
	}

	<T extends Control> Optional<T> find(Class<T> type, Predicate<T> test) {
		var found = all(control(), type).stream().filter(test).toList();
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
	}

	static <T extends Control> List<T> all(Control root, Class<T> type) {
		var found = new ArrayList<T>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (var child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}

	@Override
	public void close() {
		// The next test starts from a fresh view, with its own provider and chat.
		page().hideView(view);
		server.close();
		settings.providers().forEach(provider -> settings.remove(provider.id()));
	}
}
