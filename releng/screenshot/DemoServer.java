import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * Serves two scripted answers in Ollama's protocol for the README screenshot: a quick one, then a slow one
 * that is still streaming when the picture is taken. Run with the test fixtures on the class path.
 */
public class DemoServer {

	public static void main(String[] args) throws Exception {
		var server = ScriptedModelServer.start();
		server.models("qwen2.5-coder:7b", "llama3.2:3b");
		server.enqueue(Reply.ollamaStream("A `record` is the shortest way: it gives you the constructor, ",
				"accessors, `equals`, `hashCode` and `toString`.\n\n", "```java\npublic record Point(int x, int y) {\n}\n```")
				.delay(Duration.ofMillis(40)).usage(412, 58));
		server.enqueue(Reply.ollamaStream(words()).delay(Duration.ofMillis(350)).usage(530, 240));
		Files.writeString(Path.of(args[0]), Integer.toString(server.port()));
		Thread.currentThread().join();
	}

	private static String[] words() {
		var answer = """
				Add a compact constructor; it runs before the fields are assigned, so it can **validate** them:

				```java
				public record Point(int x, int y) {
				    public Point {
				        if (x < 0 || y < 0) {
				            throw new IllegalArgumentException("negative coordinate");
				        }
				    }
				}
				```

				Callers then get an exception at the point of the mistake, and every `Point` in the program \
				is known to be valid.""";
		return answer.split("(?<=\\s)");
	}
}
