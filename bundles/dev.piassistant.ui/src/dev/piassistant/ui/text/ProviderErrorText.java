package dev.piassistant.ui.text;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderError.BadRequest;
import dev.piassistant.core.llm.ProviderError.MalformedResponse;
import dev.piassistant.core.llm.ProviderError.ModelNotFound;
import dev.piassistant.core.llm.ProviderError.NotConfigured;
import dev.piassistant.core.llm.ProviderError.RateLimited;
import dev.piassistant.core.llm.ProviderError.ServerError;
import dev.piassistant.core.llm.ProviderError.Timeout;
import dev.piassistant.core.llm.ProviderError.Unauthorized;
import dev.piassistant.core.llm.ProviderError.Unexpected;
import dev.piassistant.core.llm.ProviderError.Unreachable;

/** Explains a {@link ProviderError}: what went wrong, in one sentence, and what the user can do about it. */
public final class ProviderErrorText {

	/** The provider's own words are cut here: a whole HTML error page helps nobody. */
	private static final int MAX_DETAIL = 300;

	private ProviderErrorText() {
	}

	/** What went wrong, in one sentence a user understands. */
	public static String message(ProviderError error) {
		if (error instanceof Unreachable e) {
			return NLS.bind(Messages.Unreachable, e.url(), e.detail());
		} else if (error instanceof Unauthorized e) {
			return NLS.bind(Messages.Unauthorized, e.status(), suffix(e.detail()));
		} else if (error instanceof RateLimited e) {
			var when = e.retryAfterSeconds() >= 0 ? NLS.bind(Messages.RateLimited_after, e.retryAfterSeconds()) : "";
			return NLS.bind(Messages.RateLimited, when, suffix(e.detail()));
		} else if (error instanceof ServerError e) {
			return NLS.bind(Messages.ServerError, e.status(), suffix(e.detail()));
		} else if (error instanceof ModelNotFound e) {
			return NLS.bind(Messages.ModelNotFound, e.model(), suffix(e.detail()));
		} else if (error instanceof BadRequest e) {
			return NLS.bind(Messages.BadRequest, e.status(), suffix(e.detail()));
		} else if (error instanceof MalformedResponse e) {
			return NLS.bind(Messages.MalformedResponse, suffix(e.detail()));
		} else if (error instanceof Timeout e) {
			return NLS.bind(Messages.Timeout, e.seconds(), suffix(e.detail()));
		} else if (error instanceof NotConfigured e) {
			return notConfigured(e);
		}
		return NLS.bind(Messages.Unexpected, clip(((Unexpected) error).detail()));
	}

	private static String notConfigured(NotConfigured error) {
		return switch (error.missing()) {
		case PROVIDER -> Messages.NotConfigured_provider;
		case PROVIDER_REMOVED -> NLS.bind(Messages.NotConfigured_providerRemoved, error.name());
		case MODEL -> Messages.NotConfigured_model;
		case API_KEY -> NLS.bind(Messages.NotConfigured_apiKey, error.name());
		case SECURE_STORAGE -> NLS.bind(Messages.NotConfigured_secureStorage, error.name());
		};
	}

	/** What the user can do about it. */
	public static String hint(ProviderError error) {
		var page = Messages.ProvidersPage;
		if (error instanceof Unreachable) {
			return NLS.bind(Messages.Unreachable_hint, page);
		} else if (error instanceof Unauthorized) {
			return NLS.bind(Messages.Unauthorized_hint, page);
		} else if (error instanceof RateLimited e) {
			return e.retryAfterSeconds() >= 0 ? NLS.bind(Messages.RateLimited_hintAfter, e.retryAfterSeconds())
					: Messages.RateLimited_hint;
		} else if (error instanceof ServerError) {
			return Messages.ServerError_hint;
		} else if (error instanceof ModelNotFound) {
			return Messages.ModelNotFound_hint;
		} else if (error instanceof BadRequest) {
			return Messages.BadRequest_hint;
		} else if (error instanceof MalformedResponse) {
			return NLS.bind(Messages.MalformedResponse_hint, page);
		} else if (error instanceof Timeout) {
			return Messages.Timeout_hint;
		} else if (error instanceof NotConfigured e) {
			return notConfiguredHint(e, page);
		}
		return Messages.Unexpected_hint;
	}

	private static String notConfiguredHint(NotConfigured error, String page) {
		return switch (error.missing()) {
		case PROVIDER, PROVIDER_REMOVED -> NLS.bind(Messages.NotConfigured_hint, page);
		case MODEL -> Messages.NotConfigured_modelHint;
		case API_KEY -> NLS.bind(Messages.NotConfigured_apiKeyHint, page);
		case SECURE_STORAGE -> NLS.bind(Messages.NotConfigured_secureStorageHint, page);
		};
	}

	/** Whether the way out is on the Providers page (a wrong address, key or model), so a link there helps. */
	public static boolean concernsSettings(ProviderError error) {
		return error instanceof Unreachable || error instanceof Unauthorized || error instanceof NotConfigured
				|| error instanceof ModelNotFound;
	}

	/** The provider's own words after our sentence, on one line and not too long; a full stop without any. */
	private static String suffix(String detail) {
		if (detail == null || detail.isBlank()) {
			return Messages.Detail_none;
		}
		var text = clip(detail);
		return NLS.bind(Messages.Detail_some, text) + (text.endsWith(".") ? "" : ".");
	}

	private static String clip(String detail) {
		var text = detail == null ? "" : detail.strip().replaceAll("\\s+", " ");
		return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
	}
}
