package dev.piassistant.llm.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;

/** An HTTP error answer, with the headers LangChain4j's own exception drops. */
public final class ProviderHttpException extends HttpException {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, List<String>> headers;
	private final String body;

	public ProviderHttpException(int statusCode, String body, Map<String, List<String>> headers) {
		super(statusCode, body);
		this.body = body;
		this.headers = headers;
	}

	public String body() {
		return body;
	}

	/** A header's first value; header names are compared ignoring case. */
	public Optional<String> header(String name) {
		return headers.entrySet().stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
				.map(entry -> entry.getValue().get(0))
				.findFirst();
	}
}
