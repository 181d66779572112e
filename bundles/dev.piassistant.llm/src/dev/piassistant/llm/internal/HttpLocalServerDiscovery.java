package dev.piassistant.llm.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.llm.DetectedServer;
import dev.piassistant.core.llm.LocalServerDiscovery;
import dev.piassistant.core.llm.ProviderKind;

/**
 * Looks for model servers on their usual localhost ports, all at once, each with a short timeout. More
 * places can be named in the system property {@value #EXTRA_PROPERTY}, as {@code KIND=url} pairs
 * separated by commas (for servers on unusual ports, and for tests).
 */
@Component(service = LocalServerDiscovery.class)
public final class HttpLocalServerDiscovery implements LocalServerDiscovery {

	public static final String EXTRA_PROPERTY = "piassistant.discovery.urls";

	record Candidate(String product, ProviderKind kind, String baseUrl) {
	}

	static final List<Candidate> WELL_KNOWN = List.of(
			new Candidate("Ollama", ProviderKind.OLLAMA, "http://localhost:11434"),
			new Candidate("LM Studio", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:1234/v1"),
			new Candidate("llama.cpp server", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:8080/v1"),
			new Candidate("vLLM", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:8000/v1"),
			new Candidate("Jan", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:1337/v1"),
			new Candidate("text-generation-webui", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:5000/v1"));

	private static final Duration TIMEOUT = Duration.ofMillis(1500);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

	@Override
	public List<DetectedServer> detect() {
		var probes = candidates().stream().map(this::probe).toList();
		return probes.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
	}

	static List<Candidate> candidates() {
		var all = new ArrayList<>(WELL_KNOWN);
		var extra = System.getProperty(EXTRA_PROPERTY, "");
		for (var entry : extra.split(",")) {
			var parts = entry.strip().split("=", 2);
			if (parts.length == 2) {
				var kind = ProviderKind.valueOf(parts[0].strip());
				all.add(new Candidate(kind.label() + " server", kind, parts[1].strip()));
			}
		}
		return all;
	}

	private CompletableFuture<Optional<DetectedServer>> probe(Candidate candidate) {
		var request = HttpRequest.newBuilder(URI.create(candidate.baseUrl() + ModelLists.path(candidate.kind())))
				.timeout(TIMEOUT).GET().build();
		return client.sendAsync(request, BodyHandlers.ofString()).handle((response, error) -> {
			if (error != null || response.statusCode() != 200) {
				return Optional.empty();
			}
			try {
				var models = ModelLists.parse(candidate.kind(), response.body());
				return Optional.of(new DetectedServer(candidate.product(), candidate.kind(), candidate.baseUrl(), models));
			} catch (java.io.IOException | RuntimeException notAModelServer) {
				return Optional.empty();
			}
		});
	}
}
