package dev.piassistant.core.llm;

import java.util.List;

/** Talks to the configured model providers. */
public interface ChatModelService {

	/**
	 * Streams the answer to a conversation. Returns at once; failures, including a misconfigured provider,
	 * arrive through {@link StreamListener#onError}.
	 */
	StreamingCall stream(ChatRequest request, StreamListener listener);

	/** Lists the models a provider offers, using its stored key. Blocks: call it from a job, never from the UI thread. */
	List<String> listModels(ProviderConfig provider) throws ProviderException;

	/** Lists the models a provider offers with the given key (not yet stored, as in a settings dialog). */
	List<String> listModels(ProviderConfig provider, String apiKey) throws ProviderException;
}
