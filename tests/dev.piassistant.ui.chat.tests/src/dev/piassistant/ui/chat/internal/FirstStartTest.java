package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;

/** The first start with Pi Assistant puts the Agent view in front, once, and says how to bring it back. */
@ExtendWith(FailOnLoggedErrors.class)
class FirstStartTest {

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		assertTrue(InstanceScope.INSTANCE.getNode("dev.piassistant.ui.chat").getBoolean("agentViewIntroduced", false),
				"the workbench's start introduced the view");
		fixture.hide();
		InstanceScope.INSTANCE.getNode("dev.piassistant.ui.chat").remove("agentViewIntroduced");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void theViewComesToTheFrontOnceWithItsShortcut() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var page = window.getActivePage();
		assertNull(page.findView(AgentView.ID));
		assertTrue(FirstStart.introduce(window));
		var view = page.findView(AgentView.ID);
		assertSame(view, page.getActivePart(), "the Agent view is the active part");
		assertTrue(page.isPartVisible(view), "in front of the views stacked with it");
		assertTrue(view.getTitleToolTip().contains("Ctrl+Alt+I"), view.getTitleToolTip());
		fixture.view = (AgentView) view;
		Ui.spinUntil("the welcome names the shortcut", () -> fixture.view.panel().isPresent()
				&& fixture.panel().statusText().contains("Ctrl+Alt+I brings this view back"));
		fixture.server.enqueue(dev.piassistant.testing.Reply.openAiStream("Hi."));
		fixture.converse("Hello");
		assertFalse(fixture.panel().statusText().contains("Ctrl+Alt+I"), "the welcome has done its job");

		fixture.hide();
		assertFalse(FirstStart.introduce(window), "only once");
		assertNull(page.findView(AgentView.ID));
	}
}
