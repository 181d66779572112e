package dev.piassistant.tools.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.ToolSupport;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * {@code http}: one request to a host the permissions allow (asked otherwise). Redirects are not followed (the
 * model is told where to, so that the new host is judged too); a 429 or 503 with Retry-After is waited out and
 * tried again, up to a limit; the response body is capped.
 */
@Component(service = ToolProvider.class)
public final class HttpTool implements ToolProvider {

	static final int MAX_RETRIES = 2;
	static final long LONGEST_WAIT_SECONDS = 30;
	private static final int DEFAULT_BYTES = 100_000;
	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
	private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

	private final ToolSupport support;
	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(15)).build();

	@Activate
	public HttpTool(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Override
	public List<Tool> tools() {
		var headers = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "object")
				.put("description", "Request headers by name");
		headers.putObject("additionalProperties").put("type", "string");
		var parameters = Schema.object().string("url", "The http or https URL", true)
				.choice("method", "The method (default GET)", List.copyOf(new java.util.TreeSet<>(METHODS)), false)
				.property("headers", headers, false)
				.string("body", "The request body, for POST, PUT and PATCH", false)
				.integer("maxBytes", "Keep at most this much of the response body (default 100000)", 100, 5_000_000, false)
				.integer("timeoutSeconds", "Give up after this long (default 30)", 1, 300, false).build();
		return List.of(new Tool("http", "Make an HTTP request to a host the permissions allow (others are asked). Redirects are "
				+ "reported, not followed; Retry-After is honoured; the body is capped.", parameters, Risk.NETWORK,
				call -> support.scrub(request(call)), arguments -> List.of(new Access.Http(arguments.path("method").asText("GET"),
						arguments.path("url").asText("")))));
	}

	private ToolResult request(ToolInvocation call) throws Exception {
		var uri = URI.create(call.text("url", "").strip());
		var method = call.text("method", "GET").toUpperCase(Locale.ROOT);
		var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(call.number("timeoutSeconds", 30)));
		var body = call.text("body", "");
		builder.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		var headers = call.arguments().path("headers").fields();
		while (headers.hasNext()) {
			var header = headers.next();
			if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				builder.header(header.getKey(), header.getValue().asText());
			}
		}
		var request = builder.build();
		var maxBytes = (int) call.number("maxBytes", DEFAULT_BYTES);
		for (int attempt = 0;; attempt++) {
			var response = send(request, call);
			var wait = RetryAfter.seconds(response);
			if ((response.statusCode() == 429 || response.statusCode() == 503) && wait.isPresent() && attempt < MAX_RETRIES
					&& wait.getAsLong() <= LONGEST_WAIT_SECONDS) {
				response.body().close();
				call.context().progress("waiting " + wait.getAsLong() + " s as the server asks (Retry-After)");
				if (waitOrCancelled(wait.getAsLong(), call)) {
					return ToolResult.error("The task was stopped while waiting to retry the request.");
				}
				continue;
			}
			return Responses.describe(response, maxBytes, attempt, wait);
		}
	}

	private HttpResponse<InputStream> send(HttpRequest request, ToolInvocation call) throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
		call.context().onCancel(() -> pending.cancel(true));
		try {
			return pending.get(request.timeout().orElse(Duration.ofSeconds(30)).toSeconds() + 5, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
		} catch (TimeoutException e) {
			pending.cancel(true);
			throw new IOException("no answer in time", e);
		} catch (java.util.concurrent.CancellationException e) {
			throw new InterruptedException("cancelled");
		}
	}

	private static boolean waitOrCancelled(long seconds, ToolInvocation call) throws InterruptedException {
		var end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			if (call.context().isCancelled()) {
				return true;
			}
			Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
		}
		return call.context().isCancelled();
	}

	static String decode(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
