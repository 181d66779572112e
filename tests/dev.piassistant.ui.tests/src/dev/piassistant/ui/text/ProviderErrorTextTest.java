package dev.piassistant.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderError.Missing;

/** Every way a provider fails reads as a sentence with what to do; the provider's own words follow, cut short. */
class ProviderErrorTextTest {

	@Test
	void anUnreachableServerNamesItsAddressAndTheSettingsToCheck() {
		var error = new ProviderError.Unreachable("http://127.0.0.1:9/v1", "connection refused");
		assertEquals("Cannot reach the model server at http://127.0.0.1:9/v1 (connection refused).", ProviderErrorText.message(error));
		assertEquals("Check that the server is running and that the base URL in Preferences > Pi Assistant > Providers is right.",
				ProviderErrorText.hint(error));
		assertTrue(ProviderErrorText.concernsSettings(error));
	}

	@Test
	void theProvidersOwnWordsFollowOnOneLineAndNotTooLong() {
		assertEquals("The provider refused the API key (HTTP 401): Incorrect API key provided.",
				ProviderErrorText.message(new ProviderError.Unauthorized(401, "Incorrect API key\n  provided")));
		assertEquals("The model server failed (HTTP 500).", ProviderErrorText.message(new ProviderError.ServerError(500, " ")));
		var page = "<html>" + "x".repeat(1000) + "</html>";
		var message = ProviderErrorText.message(new ProviderError.BadRequest(400, page));
		assertTrue(message.length() < 400 && message.endsWith("..."), message);
	}

	@Test
	void throttlingSaysWhenToSendAgain() {
		var told = new ProviderError.RateLimited(120, "");
		assertEquals("The provider is rate limiting requests (HTTP 429) and asks to retry after 120 s.", ProviderErrorText.message(told));
		assertEquals("Send again in 120 s, or pick another model.", ProviderErrorText.hint(told));
		var untold = new ProviderError.RateLimited(-1, "slow down");
		assertEquals("The provider is rate limiting requests (HTTP 429): slow down.", ProviderErrorText.message(untold));
		assertEquals("Wait a moment and send again, or pick another model.", ProviderErrorText.hint(untold));
		assertFalse(ProviderErrorText.concernsSettings(untold));
	}

	@Test
	void anAnswerThatCouldNotBeReadAndTheModelsNameKeepTheirApostrophes() {
		assertEquals("The model's answer could not be read: the stream broke off.",
				ProviderErrorText.message(new ProviderError.MalformedResponse("the stream broke off")));
		assertEquals("The provider does not know the model 'gpt-5'.",
				ProviderErrorText.message(new ProviderError.ModelNotFound("gpt-5", "")));
		assertEquals("The model server did not answer within 30 s.", ProviderErrorText.message(new ProviderError.Timeout(30, "")));
	}

	@Test
	void eachThingMissingIsNamedWithWhereToSetIt() {
		assertEquals("No model provider is configured.", ProviderErrorText.message(new ProviderError.NotConfigured(Missing.PROVIDER, "")));
		assertEquals("The provider of the model 'qwen' is no longer configured.",
				ProviderErrorText.message(new ProviderError.NotConfigured(Missing.PROVIDER_REMOVED, "qwen")));
		assertEquals("No API key is stored for Anthropic.",
				ProviderErrorText.message(new ProviderError.NotConfigured(Missing.API_KEY, "Anthropic")));
		assertEquals("Enter the API key for this provider in Preferences > Pi Assistant > Providers.",
				ProviderErrorText.hint(new ProviderError.NotConfigured(Missing.API_KEY, "Anthropic")));
		assertTrue(ProviderErrorText.message(new ProviderError.NotConfigured(Missing.MODEL, "")).startsWith("No model is selected."));
		assertTrue(ProviderErrorText.hint(new ProviderError.NotConfigured(Missing.SECURE_STORAGE, "Work"))
				.contains("Secure Storage"));
	}

	@Test
	void anythingElseSaysWhatAndWhereToLook() {
		var error = new ProviderError.Unexpected("NullPointerException");
		assertEquals("The request to the model failed: NullPointerException", ProviderErrorText.message(error));
		assertTrue(ProviderErrorText.hint(error).contains("Error Log"));
	}
}
