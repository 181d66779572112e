package dev.piassistant.core.llm;

import java.util.Objects;

/** Thrown by blocking provider calls; carries the typed {@link ProviderError} for the caller to explain. */
public class ProviderException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ProviderError error;

	public ProviderException(ProviderError error) {
		super(error.toString());
		this.error = Objects.requireNonNull(error);
	}

	public ProviderException(ProviderError error, Throwable cause) {
		super(error.toString(), cause);
		this.error = Objects.requireNonNull(error);
	}

	public ProviderError error() {
		return error;
	}
}
