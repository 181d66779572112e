package dev.piassistant.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Map;

/**
 * Serves one connection: reads one request, records it, plays the reply, closes. Runs on its own daemon
 * thread; a client that vanishes ends this exchange (marked as a hang-up) and never the server.
 */
final class ConnectionHandler implements Runnable {

	private final Socket socket;
	private final ScriptedModelServer server;
	private final Exchange exchange = new Exchange();

	ConnectionHandler(Socket socket, ScriptedModelServer server) {
		this.socket = socket;
		this.server = server;
	}

	@Override
	public void run() {
		try {
			serve();
		} catch (IOException e) {
			exchange.clientLeft(); // a failed read or write: the client is gone
		} finally {
			exchange.serverEnding();
			closeSocket();
			server.forget(this);
		}
	}

	/** The server is shutting down: end pauses and close the socket under any blocked read or write. */
	void abort() {
		exchange.abort();
		closeSocket();
	}

	private void serve() throws IOException {
		var in = new BufferedInputStream(socket.getInputStream());
		var out = new ResponseWriter(new BufferedOutputStream(socket.getOutputStream()));
		var reader = new RequestReader(in);
		try {
			var head = reader.readHead();
			if (head == null) {
				return; // connected and left without asking anything, like a port probe
			}
			if (head.expectsContinue()) {
				out.continueInterim();
			}
			var request = new RecordedRequest(head.method(), head.target(), head.headers(), reader.readBody(head),
					exchange);
			watchForHangUp(in);
			server.record(request);
			new ReplyWriter(out, exchange).write(Routes.answer(request, server), request);
		} catch (RequestReader.MalformedRequestException e) {
			exchange.serverEnding();
			out.fixed(400, Map.of("Content-Type", "text/plain"), e.getMessage());
		}
	}

	/**
	 * Reads on after the request: a client that is done sending only ever closes, so end of stream (or a
	 * reset) while the reply is still playing means the client hung up. This is what sees a Stop button
	 * even while the reply is paused and nothing is being written.
	 */
	private void watchForHangUp(InputStream in) {
		var watcher = new Thread(() -> {
			try {
				while (in.read() != -1) {
					// pipelined bytes: this server answers one request per connection
				}
			} catch (IOException e) {
				// reset by the client, or the socket closed by this server: clientLeft tells them apart
			}
			exchange.clientLeft();
		}, Thread.currentThread().getName() + "-watch");
		watcher.setDaemon(true);
		watcher.start();
	}

	private void closeSocket() {
		try {
			socket.close();
		} catch (IOException e) {
			// closing is best effort; the peer sees the connection end either way
		}
	}
}
