import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * Scripts a task in Ollama's protocol for the README screenshot: the model proposes a plan, reads a file in
 * the first step, and in the second asks to write it, which waits for the user's approval when the picture
 * is taken. Run with the test fixtures on the class path.
 */
public class DemoServer {

	private static final ObjectMapper JSON = new ObjectMapper();

	public static void main(String[] args) throws Exception {
		var server = ScriptedModelServer.start();
		server.models("qwen2.5-coder:7b", "llama3.2:3b");
		server.enqueue(plan(), read(), readDone(), write());
		// Anything asked beyond the script is answered briefly, so nothing fails while the picture is taken.
		server.respondWith(request -> Reply.ollamaStream("Done."));
		Files.writeString(Path.of(args[0]), Integer.toString(server.port()));
		Thread.currentThread().join();
	}

	private static CompletionReply plan() throws Exception {
		var steps = List.of(
				step("Read src/Point.java", "The record's fields are known"),
				step("Add a compact constructor that rejects negative coordinates", "new Point(-1, 0) throws"),
				step("Add PointTest for the new check", "The test covers both coordinates"));
		return Reply.ollamaStream().toolCall("plan", "propose_plan", JSON.writeValueAsString(Map.of("steps", steps)))
				.delay(Duration.ofMillis(300)).usage(1180, 164);
	}

	private static Map<String, String> step(String description, String expected) {
		return Map.of("description", description, "expected", expected);
	}

	private static CompletionReply read() {
		return Reply.ollamaStream("I'll read the record first, ", "to see its fields.")
				.thinking("The user wants validation. ", "Before changing the record I need its current shape.")
				.toolCall("r1", "read_file", "{\"path\": \"src/Point.java\"}").delay(Duration.ofMillis(120)).usage(1420, 58);
	}

	private static CompletionReply readDone() {
		return Reply.ollamaStream("`Point` is a plain record with two `int` fields and no checks yet.")
				.delay(Duration.ofMillis(120)).usage(1530, 22);
	}

	private static CompletionReply write() {
		var content = """
				public record Point(int x, int y) {
				    public Point {
				        if (x < 0 || y < 0) {
				            throw new IllegalArgumentException("negative coordinate: " + x + ", " + y);
				        }
				    }
				}
				""";
		var arguments = JSON.createObjectNode().put("path", "src/Point.java").put("content", content);
		return Reply.ollamaStream().toolCall("w1", "write_file", arguments.toString()).delay(Duration.ofMillis(120))
				.usage(1610, 131);
	}
}
