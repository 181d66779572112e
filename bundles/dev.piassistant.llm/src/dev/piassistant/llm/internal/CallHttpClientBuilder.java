package dev.piassistant.llm.internal;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClientBuilder;

/** Hands LangChain4j the one client of a call, so that cancelling the call reaches its connections. */
final class CallHttpClientBuilder implements HttpClientBuilder {

	private final CallHttpClient client;
	private Duration connectTimeout;
	private Duration readTimeout;

	CallHttpClientBuilder(CallHttpClient client) {
		this.client = client;
	}

	@Override
	public Duration connectTimeout() {
		return connectTimeout;
	}

	@Override
	public HttpClientBuilder connectTimeout(Duration timeout) {
		// Timeouts are ours to set (see HttpSettings); LangChain4j's defaults are kept only for reading back.
		connectTimeout = timeout;
		return this;
	}

	@Override
	public Duration readTimeout() {
		return readTimeout;
	}

	@Override
	public HttpClientBuilder readTimeout(Duration timeout) {
		readTimeout = timeout;
		return this;
	}

	@Override
	public CallHttpClient build() {
		return client;
	}
}
