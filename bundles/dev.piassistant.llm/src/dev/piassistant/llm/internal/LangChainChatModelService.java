package dev.piassistant.llm.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamingCall;

/** Streams answers from the configured providers through LangChain4j. */
@Component(service = ChatModelService.class)
public final class LangChainChatModelService implements ChatModelService {

	private static final String ANTHROPIC_VERSION = "2023-06-01";

	private final ProviderSettings settings;
	private final HttpSettings http;
	private final RetryPolicy retries;
	private final ExecutorService httpThreads = Executors.newCachedThreadPool(daemons("Pi Assistant HTTP"));
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemons("Pi Assistant provider timer"));
	private final java.net.http.HttpClient jdk;

	@Activate
	public LangChainChatModelService(@Reference ProviderSettings settings) {
		this(settings, HttpSettings.DEFAULT, RetryPolicy.DEFAULT);
	}

	public LangChainChatModelService(ProviderSettings settings, HttpSettings http, RetryPolicy retries) {
		this.settings = settings;
		this.http = http;
		this.retries = retries;
		this.jdk = java.net.http.HttpClient.newBuilder().connectTimeout(http.connectTimeout()).executor(httpThreads)
				.followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
	}

	@Deactivate
	public void shutdown() {
		scheduler.shutdownNow();
		httpThreads.shutdownNow();
	}

	@Override
	public StreamingCall stream(ChatRequest request, StreamListener listener) {
		try {
			var provider = settings.provider(request.model().providerId()).orElseThrow(() -> new ProviderException(
					new ProviderError.NotConfigured(ProviderError.Missing.PROVIDER_REMOVED, request.model().model())));
			var key = apiKey(provider);
			var model = request.model().model();
			var chatRequest = StreamingModels.request(request, provider);
			var stream = new ChatStream(this::newClient,
					(client, handler) -> StreamingModels.create(provider, model, key, client).chat(chatRequest, handler),
					earlierToolCalls(request), listener, retries,
					new ErrorClassifier(provider.baseUrl(), model, http.headersTimeout().toSeconds()), scheduler);
			stream.start();
			return stream;
		} catch (ProviderException e) {
			listener.onError(e.error());
			return FinishedCall.INSTANCE;
		} catch (RuntimeException e) {
			// A request LangChain4j cannot express (a tool schema it cannot write, say) fails the call, not the caller.
			listener.onError(new ProviderError.Unexpected(e.toString()));
			return FinishedCall.INSTANCE;
		}
	}

	private static int earlierToolCalls(ChatRequest request) {
		return request.messages().stream().filter(AssistantMessage.class::isInstance)
				.mapToInt(message -> ((AssistantMessage) message).toolCalls().size()).sum();
	}

	private String apiKey(ProviderConfig provider) throws ProviderException {
		var key = settings.apiKey(provider.id()).orElse("");
		if (key.isEmpty() && provider.kind().apiKeyRequired()) {
			throw new ProviderException(new ProviderError.NotConfigured(ProviderError.Missing.API_KEY, provider.name()));
		}
		return key.isEmpty() ? null : key;
	}

	@Override
	public List<String> listModels(ProviderConfig provider) throws ProviderException {
		return listModels(provider, settings.apiKey(provider.id()).orElse(""));
	}

	@Override
	public List<String> listModels(ProviderConfig provider, String apiKey) throws ProviderException {
		var classifier = new ErrorClassifier(provider.baseUrl(), "", http.headersTimeout().toSeconds());
		try {
			var key = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
			var response = newClient().execute(listRequest(provider, key));
			return ModelLists.parse(provider.kind(), response.body());
		} catch (IOException e) {
			throw new ProviderException(new ProviderError.MalformedResponse(
					provider.baseUrl() + ModelLists.path(provider.kind()) + ": " + e.getMessage()), e);
		} catch (RuntimeException e) {
			throw new ProviderException(classifier.classify(e), e);
		}
	}

	private static HttpRequest listRequest(ProviderConfig provider, String key) {
		var request = HttpRequest.builder().method(HttpMethod.GET).url(provider.baseUrl() + ModelLists.path(provider.kind()));
		if (key != null && provider.kind() == ProviderKind.ANTHROPIC) {
			request.addHeaders(Map.of("x-api-key", key, "anthropic-version", ANTHROPIC_VERSION));
		} else if (key != null) {
			request.addHeader("Authorization", "Bearer " + key);
		}
		return request.build();
	}

	private CallHttpClient newClient() {
		return new CallHttpClient(jdk, httpThreads, http.headersTimeout(), http.idleTimeout(), scheduler);
	}

	private static ThreadFactory daemons(String name) {
		var count = new AtomicInteger();
		return runnable -> {
			var thread = new Thread(runnable, name + " " + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The call returned when a request failed before it started. */
	private enum FinishedCall implements StreamingCall {
		INSTANCE;

		@Override
		public void cancel() {
			// Nothing is running.
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	}
}
