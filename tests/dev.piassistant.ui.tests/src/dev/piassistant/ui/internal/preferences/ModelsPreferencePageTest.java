package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;

/** The Models page: routing and the price table, in a working copy that OK and Apply store and Cancel drops. */
@ExtendWith(FailOnLoggedErrors.class)
class ModelsPreferencePageTest {

	private static final PriceRule GPT = new PriceRule("gpt-4o*", 2.5, 10, 128_000);
	private final PreferencePages pages = new PreferencePages();
	private ProviderSettings settings;

	@BeforeEach
	void providers() {
		settings = OsgiServices.await(ProviderSettings.class, Duration.ofSeconds(20));
		clean();
		settings.save(new ProviderConfig("local", "Local Ollama", ProviderKind.OLLAMA, "http://localhost:11434", "qwen2.5-coder:7b"));
		settings.save(new ProviderConfig("cloud", "Cloud", ProviderKind.OPENAI_COMPATIBLE, "https://api.example.com/v1", "gpt-4o"));
	}

	@AfterEach
	void clean() {
		pages.close();
		settings.setRouting(Routing.NONE);
		settings.setPrices(List.of());
		settings.providers().forEach(provider -> settings.remove(provider.id()));
	}

	private ModelsPreferencePage open() {
		return pages.open(ModelsPreferencePage.ID, ModelsPreferencePage.class);
	}

	/** Picks a provider in a row as the user does: by its name in the list. */
	private static void choose(RoutingRow row, String providerName, String model) {
		var combo = row.providerCombo();
		combo.select(List.of(combo.getItems()).indexOf(providerName));
		combo.notifyListeners(SWT.Selection, new Event());
		row.modelCombo().setText(model);
	}

	@Test
	void okStoresTheRoutingAndThePrices() {
		var page = open();
		choose(page.smallRow(), "Local Ollama", "qwen2.5-coder:1.5b");
		choose(page.largeRow(), "Cloud", "gpt-4o");
		page.accept(GPT);
		page.accept(new PriceRule("qwen*", 0, 0, 32_768));
		assertEquals(2, page.priceTable().getTable().getItemCount());
		assertEquals(Routing.NONE, settings.routing(), "nothing is stored before OK");
		assertTrue(page.performOk());
		assertEquals(new Routing(new ModelRef("local", "qwen2.5-coder:1.5b"), new ModelRef("cloud", "gpt-4o"), null),
				settings.routing());
		assertEquals(List.of(GPT, new PriceRule("qwen*", 0, 0, 32_768)), settings.prices());
		assertEquals(2.5 / 1_000_000 * 1000, settings.modelInfo(new ModelRef("cloud", "gpt-4o-mini")).price()
				.cost(new dev.piassistant.core.llm.TokenUsage(1000, 0)), 1e-12, "the first matching pattern prices a model");
	}

	@Test
	void theStoredRoutingIsShownAndCancelKeepsIt() {
		settings.setRouting(new Routing(null, null, new ModelRef("cloud", "gpt-4o")));
		settings.setPrices(List.of(GPT));
		var page = open();
		assertEquals("Cloud", page.fallbackRow().providerCombo().getText());
		assertEquals("gpt-4o", page.fallbackRow().modelCombo().getText());
		assertEquals("(none)", page.smallRow().providerCombo().getText());
		assertFalse(page.smallRow().modelCombo().isEnabled(), "no model without a provider");
		choose(page.fallbackRow(), "(none)", "");
		page.accept(new PriceRule("claude*", 3, 15, 200_000));
		pages.cancel(page);
		assertEquals(new ModelRef("cloud", "gpt-4o"), settings.routing().fallback());
		assertEquals(List.of(GPT), settings.prices());
	}

	@Test
	void aProviderWithoutAModelIsExplainedAndBlocksOk() {
		var page = open();
		choose(page.largeRow(), "Cloud", "");
		page.largeRow().modelCombo().setText("");
		assertFalse(page.isValid());
		assertEquals("Enter the model name for the large model.", page.getErrorMessage());
		page.largeRow().modelCombo().setText("gpt-4o");
		assertTrue(page.isValid());
		PreferencePages.press(page, "Apply");
		assertEquals(new ModelRef("cloud", "gpt-4o"), settings.routing().large());
		assertNull(settings.routing().small());
	}

	@Test
	void theFirstMatchingRowCountsSoRowsMove() {
		var page = open();
		page.accept(new PriceRule("*", 1, 1, 0));
		page.accept(GPT);
		page.priceTable().setSelection(new org.eclipse.jface.viewers.StructuredSelection(GPT));
		page.move(-1);
		assertTrue(page.performOk());
		assertEquals(GPT, settings.prices().get(0));
	}

	@Test
	void aPriceRowIsReadFromWhatTheUserTyped() {
		assertEquals(new PriceRule("gpt-4o*", 2.5, 10, 128_000), PriceRules.parse(" gpt-4o* ", "2.5", "$10", "128,000"));
		var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> PriceRules.parse("x", "cheap", "1", "0"));
		assertEquals("$ per million input tokens must be an amount of 0 or more, such as 0.50.", error.getMessage());
		assertEquals("Enter a model name or pattern.",
				org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PriceRules.parse(" ", "1", "1", "0"))
						.getMessage());
	}
}
