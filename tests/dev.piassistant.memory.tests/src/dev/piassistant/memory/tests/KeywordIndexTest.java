package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.memory.internal.search.KeywordIndex;
import dev.piassistant.memory.internal.search.QueryTerms;
import dev.piassistant.memory.internal.search.Ranked;
import dev.piassistant.memory.internal.text.Identifiers;
import dev.piassistant.memory.internal.text.Tokens;

/**
 * The keyword index in memory ranks as SQLite's FTS5 (porter stemming, BM25, titles weighing 4) ranked before it:
 * the same chunks of real code and questions give the same best hit and nearly the same ten.
 */
class KeywordIndexTest {

	private static final List<String> QUESTIONS = List.of("Parse the pack index file", "resolve an abbreviated object id",
			"reading configuration values", "compute the merge base of two commits", "RefUpdate result",
			"ignore rules of a working tree", "deltas", "write the object to the loose object directory");

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	record Chunk(long id, String title, String text) {
	}

	@Test
	void ranksAsSqliteFts5Ranked() throws Exception {
		extract(40);
		fixture.index();
		var chunks = fixture.database.read(sql -> sql.query("""
				SELECT c.id, c.title, c.text FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id
				JOIN memory_roots r ON r.id = e.root WHERE r.name = ?""", row -> new Chunk(row.integer("id"), row.text("title"),
				row.text("text")), fixture.root.name()));
		assertTrue(chunks.size() > 200, "real chunks: " + chunks.size());
		var keywords = new KeywordIndex();
		chunks.forEach(chunk -> keywords.put(chunk.id(), chunk.title(), chunk.text()));
		var expected = fts5(chunks);
		int shared = 0;
		int all = 0;
		for (var question : QUESTIONS) {
			var actual = keywords.search(QueryTerms.of(question), 10).stream().map(Ranked::chunk).toList();
			var fts = expected.get(question);
			assertEquals(fts.get(0), actual.get(0), question + ": the best hit");
			shared += (int) fts.stream().filter(actual::contains).count();
			all += fts.size();
		}
		// Not all in the same order: scores equal to a few decimals may swap, and the stemmers differ at the edges.
		assertTrue(shared >= all * 0.85, shared + " of FTS5's " + all + " top ten hits are among the index's");
	}

	/**
	 * An index run files each chunk by tokens worked out without making the text FTS5 was given: they must be
	 * those of that text, identifiers' words, underscores and accents included.
	 */
	@Test
	void chunksAreFiledByTheTokensOfTheTextFts5WasGiven() throws Exception {
		var texts = new ArrayList<>(List.of("parseURLv2 HTTP_TIMEOUT résumé naïveCafé __init__ a_b_c XMLHttpRequest2Go getX",
				"İstanbulÆsir", "", "_", "1234 parsing parsed parses"));
		try (var jar = new ZipFile(System.getProperty("pi.codebase"))) {
			jar.stream().filter(entry -> entry.getName().endsWith(".java")).sorted((a, b) -> a.getName().compareTo(b.getName()))
					.limit(60).forEach(entry -> {
						try (var in = jar.getInputStream(entry)) {
							texts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
						} catch (java.io.IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					});
		}
		var tokens = new Tokens();
		for (var text : texts) {
			var expected = new HashMap<String, Integer>();
			tokens.each(Identifiers.forIndex(text), token -> expected.merge(token, 1, Integer::sum));
			var actual = new HashMap<String, Integer>();
			tokens.eachIndexed(text, token -> actual.merge(token, 1, Integer::sum));
			assertEquals(expected, actual, text.substring(0, Math.min(60, text.length())));
		}
		var stems = new ArrayList<String>();
		tokens.each("parsing parsed parses parsing", stems::add);
		assertEquals(List.of("pars", "pars", "pars", "pars"), stems, "stemmed as before, also from the stems kept");
	}

	/** Each question's ten best by FTS5, over a table of these chunks made for the comparison on the writer's connection. */
	private Map<String, List<Long>> fts5(List<Chunk> chunks) {
		return fixture.database.write(sql -> {
			sql.update("CREATE VIRTUAL TABLE temp.keywords_check USING fts5 (title, body, tokenize = 'porter unicode61 remove_diacritics 2')");
			try {
				for (var chunk : chunks) {
					sql.update("INSERT INTO temp.keywords_check (rowid, title, body) VALUES (?, ?, ?)", chunk.id(),
							Identifiers.forIndex(chunk.title()), Identifiers.forIndex(chunk.text()));
				}
				var best = new HashMap<String, List<Long>>();
				for (var question : QUESTIONS) {
					best.put(question, sql.query("SELECT rowid AS id FROM temp.keywords_check WHERE keywords_check MATCH ? "
							+ "ORDER BY bm25(keywords_check, 4.0, 1.0), rowid LIMIT 10", row -> row.integer("id"),
							QueryTerms.match(QueryTerms.of(question))));
				}
				return best;
			} finally {
				sql.update("DROP TABLE temp.keywords_check");
			}
		});
	}

	private void extract(int files) throws Exception {
		try (var jar = new ZipFile(System.getProperty("pi.codebase"))) {
			var names = new ArrayList<>(jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".java")).sorted().toList());
			for (var name : names.subList(0, Math.min(files, names.size()))) {
				try (var in = jar.getInputStream(jar.getEntry(name))) {
					var file = fixture.folder.resolve(name);
					Files.createDirectories(file.getParent());
					Files.copy(in, file);
				}
			}
		}
	}
}
