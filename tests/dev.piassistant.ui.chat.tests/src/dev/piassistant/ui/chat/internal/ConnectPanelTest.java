package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.ScriptedModelServer;

/** With no provider configured, the view says how to connect one and offers the servers it finds. */
@ExtendWith(FailOnLoggedErrors.class)
class ConnectPanelTest {

	private static final String DISCOVERY = "piassistant.discovery.urls";

	@AfterEach
	void forget() {
		System.clearProperty(DISCOVERY);
		AgentViewFixture.removeAllProviders(OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(10)));
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var view = page.findView(AgentView.ID);
		if (view != null) {
			page.hideView(view);
		}
	}

	@Test
	void aServerRunningOnThisMachineIsOfferedAndUsedWithOneClick() throws Exception {
		var settings = OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(10));
		AgentViewFixture.removeAllProviders(settings);
		try (var server = ScriptedModelServer.start()) {
			server.models("qwen2.5-coder:7b", "llama3.2:3b");
			System.setProperty(DISCOVERY, "OLLAMA=" + server.baseUrl());
			var view = (AgentView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(AgentView.ID);
			Ui.spinUntil("the view has its services", () -> view.panel().isPresent());
			var panel = view.panel().orElseThrow();
			assertTrue(panel.showsConnectPanel(), "no provider: the view explains how to connect one");
			Ui.spinUntil("the local server is offered", () -> useButton(panel) != null);
			assertTrue(panel.connectPanel().statusText().startsWith("Found"), panel.connectPanel().statusText());
			var area = panel.connectPanel().control();
			Ui.spin(Duration.ofMillis(100));
			assertTrue(area.getSize().x < 700, "the view is narrow: " + area.getSize().x);
			Ui.assertWithin(area, area.toDisplay(0, 0).x + area.getSize().x);
			Ui.click(useButton(panel));
			Ui.spinUntil("the chat replaces the connect panel", () -> !panel.showsConnectPanel());
			var provider = settings.providers().get(0);
			assertEquals(ProviderKind.OLLAMA, provider.kind());
			assertEquals(server.baseUrl(), provider.baseUrl());
			Ui.spinUntil("the first model is picked", () -> panel.modelBar().selected().isPresent());
			assertEquals("qwen2.5-coder:7b", panel.modelBar().selected().orElseThrow().model());
		}
	}

	private static Button useButton(ChatPanel panel) {
		return Arrays.stream(panel.connectPanel().serverList().getChildren()).filter(Button.class::isInstance)
				.map(Button.class::cast).findFirst().orElse(null);
	}
}
