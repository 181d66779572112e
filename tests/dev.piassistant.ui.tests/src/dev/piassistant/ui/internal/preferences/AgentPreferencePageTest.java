package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.ui.AgentPreferences;

/** The Agent page: the approval mode and limits of new tasks; OK and Apply store them, Cancel does not. */
@ExtendWith(FailOnLoggedErrors.class)
class AgentPreferencePageTest {

	private final PreferencePages pages = new PreferencePages();

	@BeforeEach
	@AfterEach
	void defaults() {
		pages.close();
		AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
		AgentPreferences.setLimits(Limits.DEFAULT);
	}

	private AgentPreferencePage open() {
		return pages.open(AgentPreferencePage.ID, AgentPreferencePage.class);
	}

	private static void choose(AgentPreferencePage page, ApprovalMode mode) {
		for (var each : ApprovalMode.values()) {
			page.modeButton(each).setSelection(each == mode);
		}
	}

	@Test
	void okStoresTheModeAndTheLimits() {
		var page = open();
		assertEquals("500000", page.maxTokensField().getText(), "the page starts from what is stored");
		choose(page, ApprovalMode.REVIEW_PLAN);
		page.maxTokensField().setText("200,000");
		page.maxCostField().setText("$1.50");
		page.errorBudgetField().setSelection(5);
		assertEquals(Limits.DEFAULT, AgentPreferences.limits(), "nothing is stored before OK");
		assertTrue(page.performOk());
		assertEquals(ApprovalMode.REVIEW_PLAN, AgentPreferences.approvalMode());
		assertEquals(new Limits(200_000, 1.5, 5, 3, 12), AgentPreferences.limits());
	}

	@Test
	void applyStoresAndCancelForgets() {
		var page = open();
		choose(page, ApprovalMode.STEP_BY_STEP);
		PreferencePages.press(page, "Apply");
		assertEquals(ApprovalMode.STEP_BY_STEP, AgentPreferences.approvalMode());
		choose(page, ApprovalMode.AUTO);
		page.maxTokensField().setText("1000");
		pages.cancel(page);
		assertEquals(ApprovalMode.STEP_BY_STEP, AgentPreferences.approvalMode(), "Cancel keeps what Apply stored");
		assertEquals(Limits.DEFAULT, AgentPreferences.limits());
	}

	@Test
	void aCapThatIsNotANumberIsExplainedAndBlocksOk() {
		var page = open();
		page.maxCostField().setText("a dollar");
		assertFalse(page.isValid());
		assertEquals("Cost cap in US$ must be an amount of 0 or more, such as 0.50.", page.getErrorMessage());
		page.maxCostField().setText("0.25");
		page.maxTokensField().setText("-5");
		assertEquals("Token cap must be a whole number of 0 or more.", page.getErrorMessage());
		page.maxTokensField().setText("0");
		assertTrue(page.isValid());
		assertTrue(page.performOk());
		assertEquals(new Limits(0, 0.25, 3, 3, 12), AgentPreferences.limits(), "0 means no token cap");
	}

	@Test
	void restoreDefaultsFillsInTheDefaultsForOkToStore() {
		AgentPreferences.setApprovalMode(ApprovalMode.REVIEW_PLAN);
		AgentPreferences.setLimits(new Limits(1000, 2, 1, 2, 1));
		var page = open();
		PreferencePages.press(page, "Restore Defaults");
		assertEquals(ApprovalMode.REVIEW_PLAN, AgentPreferences.approvalMode(), "not stored yet");
		assertTrue(page.performOk());
		assertEquals(ApprovalMode.AUTO, AgentPreferences.approvalMode());
		assertEquals(Limits.DEFAULT, AgentPreferences.limits());
	}
}
