package dev.piassistant.core.llm;

import java.util.List;

/** Talks to the configured model providers. */
public interface ChatModelService {

	/**
	 * Streams the answer to a conversation. Returns at once; failures, including a misconfigured provider,
	 * arrive through {@link StreamListener#onError}.
	 */
	StreamingCall stream(ChatRequest request, StreamListener listener);

	/** Lists the models a provider offers. Blocks: call it from a job, never from the UI thread. */
	List<String> listModels(ProviderConfig provider) throws ProviderException;
}
