package dev.piassistant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on 127.0.0.1 that impersonates LLM providers: chat requests to the OpenAI-compatible,
 * Anthropic or Ollama paths get the next {@link Reply} from one FIFO queue, or once the queue is empty, what
 * the {@linkplain #respondWith(Function) responder} computes from the request. Model listings answer from
 * {@link #models(String...)}, and every request is recorded. With neither a queued reply nor a responder the
 * server answers 500, so that a test fails loudly instead of hanging.
 *
 * <pre>
 * try (var server = ScriptedModelServer.start()) {
 * 	server.enqueue(Reply.openAiStream("Hel", "lo").usage(12, 2));
 * 	// point the provider under test at server.baseUrl() + "/v1" and send a prompt
 * 	assertEquals("qwen", server.takeRequest(Duration.ofSeconds(5)).bodyJson().path("model").asText());
 * }
 * // an agent that calls a tool, then answers from the tool's result:
 * server.enqueue(Reply.openAiStream().toolCall("call_1", "read_file", "{\"path\":\"a.txt\"}"));
 * server.respondWith(request -&gt; Reply.openAiStream("done"));
 * </pre>
 */
public final class ScriptedModelServer implements AutoCloseable {

	private final ServerSocket serverSocket;
	private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
	private final BlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
	private final Set<ConnectionHandler> live = ConcurrentHashMap.newKeySet();
	private final AtomicInteger connections = new AtomicInteger();
	private volatile List<String> models = List.of();
	private volatile Function<RecordedRequest, Reply> responder;
	private volatile boolean closed;
	private volatile boolean strict;

	private ScriptedModelServer(ServerSocket serverSocket) {
		this.serverSocket = serverSocket;
	}

	/** Opens a free port on 127.0.0.1 and starts accepting. */
	public static ScriptedModelServer start() {
		try {
			var socket = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }));
			var server = new ScriptedModelServer(socket);
			daemon(server::acceptLoop, "scripted-model-server-" + socket.getLocalPort()).start();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot open a port on 127.0.0.1", e);
		}
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public int port() {
		return serverSocket.getLocalPort();
	}

	/** Adds replies to the end of the queue that chat requests take from, first in first out. */
	public ScriptedModelServer enqueue(Reply... scripted) {
		replies.addAll(List.of(scripted));
		return this;
	}

	/**
	 * Answers chat requests the queue has no reply for by calling {@code responder} with the request, for
	 * conversations whose length is not known in advance (an agent that runs until it is stopped). It runs on
	 * the connection's thread, possibly on several at once. A null answer or an exception gets a 500 that says
	 * so. Pass null to go back to answering 500.
	 */
	public ScriptedModelServer respondWith(Function<RecordedRequest, Reply> responder) {
		this.responder = responder;
		return this;
	}

	/**
	 * Checks chat requests as strict chat templates (Gemma, Mistral) do: when user and assistant messages do
	 * not alternate, the request gets a 400 saying so and takes no reply from the queue.
	 */
	public ScriptedModelServer strictTemplate() {
		strict = true;
		return this;
	}

	boolean isStrict() {
		return strict;
	}

	/** Replies not taken yet; zero at the end of a test that used every reply it scripted. */
	public int pendingReplies() {
		return replies.size();
	}

	/** The model ids that {@code GET /v1/models}, {@code /models} and {@code /api/tags} list (none by default). */
	public ScriptedModelServer models(String... ids) {
		models = List.of(ids);
		return this;
	}

	/** Every request received so far, in arrival order, including listings and unknown paths. */
	public List<RecordedRequest> requests() {
		return List.copyOf(requests);
	}

	/**
	 * The oldest request not taken yet, waiting for it if need be. Fails with an AssertionError when none
	 * arrives in time, since a test waiting for a request that never comes has found its bug.
	 */
	public RecordedRequest takeRequest(Duration timeout) {
		try {
			RecordedRequest request = untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
			if (request == null) {
				throw new AssertionError("no request reached " + baseUrl() + " within " + timeout);
			}
			return request;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for a request", e);
		}
	}

	/** Stops accepting and closes live connections; a paused reply ends at once. */
	@Override
	public void close() {
		closed = true;
		try {
			serverSocket.close();
		} catch (IOException e) {
			// already closed or never fully open: either way nothing is accepted any more
		}
		live.forEach(ConnectionHandler::abort);
	}

	/** The next queued reply, else the responder's, else null. */
	Reply replyFor(RecordedRequest request) {
		var queued = replies.poll();
		if (queued != null) {
			return queued;
		}
		var current = responder;
		return current == null ? null : Routes.ask(current, request);
	}

	List<String> modelIds() {
		return models;
	}

	void record(RecordedRequest request) {
		requests.add(request);
		untaken.add(request);
	}

	void forget(ConnectionHandler handler) {
		live.remove(handler);
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				accepted(serverSocket.accept());
			} catch (IOException e) {
				// After close() this is the server socket closing under accept(); the loop then ends.
			}
		}
	}

	private void accepted(Socket socket) {
		var handler = new ConnectionHandler(socket, this);
		live.add(handler);
		if (closed) {
			handler.abort(); // close() ran between accept() and add(): do not serve after closing
		}
		daemon(handler, "scripted-model-server-" + port() + "-connection-" + connections.incrementAndGet()).start();
	}

	private static Thread daemon(Runnable task, String name) {
		var thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}
}
