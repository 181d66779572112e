package dev.piassistant.ui.chat.internal.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.ui.text.DurationText;

/** Every state, outcome, risk and reach the cards name has its words (they are looked up by name). */
class CardTextsTest {

	@Test
	void everyConstantTheCardsNameHasItsMessage() throws Exception {
		var named = Stream.of(prefixed("Step_", StepState.values()), prefixed("Call_", CallOutcome.values()),
				prefixed("Risk_", Risk.values()), prefixed("Scope_", GrantScope.values())).flatMap(List::stream).toList();
		for (var field : named) {
			var text = (String) Messages.class.getField(field).get(null);
			assertFalse(text == null || text.isBlank() || text.startsWith("NLS missing"), field + ": " + text);
		}
	}

	private static List<String> prefixed(String prefix, Enum<?>[] values) {
		return Stream.of(values).map(value -> prefix + value.name()).toList();
	}

	@Test
	void theReachesOfAnApprovalReadInTheirOrder() {
		assertEquals(List.of("Once", "For this task", "For this chat", "For 10 minutes"),
				Stream.of(GrantScope.values()).map(value -> Messages.of("Scope_", value)).toList());
	}

	@Test
	void durationsReadAsAPersonSaysThem() {
		assertEquals("340 ms", DurationText.of(Duration.ofMillis(340)));
		assertEquals(String.format("%.1f s", 4.2), DurationText.of(Duration.ofMillis(4200)));
		assertEquals("3 min 5 s", DurationText.of(Duration.ofSeconds(185)));
	}
}
