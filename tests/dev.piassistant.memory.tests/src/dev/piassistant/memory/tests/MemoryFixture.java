package dev.piassistant.memory.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryIndex;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.store.Database;
import dev.piassistant.testing.OsgiServices;

/**
 * The real memory, as Declarative Services wires it to the workspace database, over a project folder of its own
 * (a root with a name no other test uses), forgotten after each test.
 */
final class MemoryFixture implements AfterEachCallback {

	static final Duration WAIT = Duration.ofSeconds(30);

	final MemoryService memory = OsgiServices.await(MemoryService.class, WAIT);
	final MemoryIndex index = OsgiServices.await(MemoryIndex.class, WAIT);
	final Database database = OsgiServices.await(Database.class, WAIT);
	final Path folder;
	final IndexRoot root;

	MemoryFixture() {
		try {
			folder = Files.createTempDirectory("pi-memory");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		root = new IndexRoot("p" + UUID.randomUUID().toString().substring(0, 8), folder);
	}

	Path write(String path, String text) {
		try {
			var file = folder.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String read(String path) {
		try {
			return Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String path) throws IOException {
		Files.delete(folder.resolve(path));
	}

	IndexReport index() {
		return index.index(List.of(root), IndexMonitor.NONE);
	}

	IndexReport update(Collection<Path> files) {
		return index.update(List.of(root), files, IndexMonitor.NONE);
	}

	/** The short names of what the graph answers, as "Type.method(Params)" or the entity's name. */
	List<String> ask(GraphQuestion question, String subject) {
		var answer = memory.ask(question, subject, 50).orElseThrow(() -> new AssertionError("nothing is named " + subject));
		return answer.links().stream().map(Link::entity).map(entity -> entity.key().contains("#")
				? entity.key().substring(entity.key().lastIndexOf('.', entity.key().indexOf('#')) + 1).replace('#', '.')
				: entity.name()).sorted().toList();
	}

	long count(String sql, Object... arguments) {
		return database.read(q -> q.queryFirst(sql, row -> row.integer("n"), arguments).orElse(0L));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		index.forget(root.name());
	}
}
