package dev.piassistant.llm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * LangChain4j's HTTP client SPI for one model call. It can be cancelled as a whole: open response
 * streams are closed (the server sees the connection drop and stops generating) and pending requests are
 * abandoned, after which no listener is called any more.
 */
public final class CallHttpClient implements HttpClient {

	private final java.net.http.HttpClient jdk;
	private final Executor readers;
	private final Duration headersTimeout;
	private final Duration idleTimeout;
	private final ScheduledExecutorService watchdog;
	private final Set<InputStream> openStreams = ConcurrentHashMap.newKeySet();
	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
	private volatile boolean cancelled;

	CallHttpClient(java.net.http.HttpClient jdk, Executor readers, Duration headersTimeout, Duration idleTimeout,
			ScheduledExecutorService watchdog) {
		this.jdk = jdk;
		this.readers = readers;
		this.headersTimeout = headersTimeout;
		this.idleTimeout = idleTimeout;
		this.watchdog = watchdog;
	}

	public void cancel() {
		cancelled = true;
		pending.forEach(future -> future.cancel(true));
		openStreams.forEach(CallHttpClient::closeQuietly);
	}

	public boolean isCancelled() {
		return cancelled;
	}

	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		var future = jdk.sendAsync(toJdk(request), BodyHandlers.ofByteArray());
		pending.add(future);
		try {
			var response = future.get();
			var body = new String(response.body(), StandardCharsets.UTF_8);
			if (!isSuccess(response.statusCode())) {
				throw new ProviderHttpException(response.statusCode(), body, response.headers().map());
			}
			return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
					.headers(response.headers().map()).body(body).build();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new CompletionException(e.getCause());
		} finally {
			pending.remove(future);
		}
	}

	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		if (cancelled) {
			return;
		}
		var future = jdk.sendAsync(toJdk(request), BodyHandlers.ofInputStream());
		pending.add(future);
		// The JDK completes sendAsync in the common fork-join pool, which may have a single worker; reading a
		// whole answer there would hold up every other task in it (Stop included). Read on our own threads.
		future.whenCompleteAsync((response, error) -> {
			pending.remove(future);
			if (error != null) {
				report(listener, unwrap(error));
			} else {
				stream(response, parser, listener);
			}
		}, readers);
	}

	private void stream(HttpResponse<InputStream> response, ServerSentEventParser parser, ServerSentEventListener listener) {
		var body = new IdleWatchedInputStream(response.body());
		openStreams.add(body);
		var idleCheck = watchdog.scheduleWithFixedDelay(() -> closeIfIdle(body), 250, 250, TimeUnit.MILLISECONDS);
		try (body) {
			if (cancelled) {
				return;
			}
			if (!isSuccess(response.statusCode())) {
				var text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
				report(listener, new ProviderHttpException(response.statusCode(), text, response.headers().map()));
				return;
			}
			listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
					.headers(response.headers().map()).build());
			parser.parse(body, new IdleAwareListener(listener, body, idleTimeout));
			if (!cancelled) {
				listener.onClose();
			}
		} catch (IOException | UncheckedIOException e) {
			report(listener, e);
		} finally {
			idleCheck.cancel(false);
			openStreams.remove(body);
		}
	}

	private void closeIfIdle(IdleWatchedInputStream body) {
		if (body.idleNanos() > idleTimeout.toNanos()) {
			closeQuietly(body);
		}
	}

	private void report(ServerSentEventListener listener, Throwable error) {
		if (!cancelled) {
			listener.onError(error);
		}
	}

	private java.net.http.HttpRequest toJdk(HttpRequest request) {
		var uri = URI.create(request.url());
		var builder = java.net.http.HttpRequest.newBuilder(uri).timeout(headersTimeout);
		if ("http".equals(uri.getScheme())) {
			// Plain-text HTTP/2 upgrades confuse some local servers; they all speak HTTP/1.1.
			builder.version(Version.HTTP_1_1);
		}
		request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
		var body = request.body();
		var publisher = body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
				: java.net.http.HttpRequest.BodyPublishers.ofString(body);
		return builder.method(request.method().name(), publisher).build();
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
	}

	private static Throwable unwrap(Throwable error) {
		return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
	}

	private static void closeQuietly(InputStream stream) {
		try {
			stream.close();
		} catch (IOException e) {
			// Closing is how a stream is abandoned; a failure to close changes nothing for the caller.
		}
	}
}
