package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.Embedder;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.testing.OsgiServices;

/** With the embedder installed, chunks are embedded once and found by what they mean, not only by their words. */
class SearchByMeaningTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@BeforeEach
	void project() {
		fixture.write("src/geo/Shapes.java", """
				package geo;

				public final class Shapes {
					public static double circleArea(double radius) {
						return Math.PI * radius * radius;
					}

					public static String sendInvitation(String address, String text) {
						return "mailto:" + address + "?body=" + text;
					}

					public static java.time.LocalDate parseBirthday(String iso) {
						return java.time.LocalDate.parse(iso);
					}
				}
				""");
	}

	@Test
	void aQuestionInOtherWordsFindsTheMethodByItsMeaning() {
		fixture.index();
		assertEquals(4, fixture.count("""
				SELECT count(*) AS n FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id JOIN memory_roots r ON e.root = r.id
				WHERE r.name = ? AND EXISTS (SELECT 1 FROM memory_vectors v WHERE v.hash = c.embed_hash)""", fixture.root.name()),
				"the type and its three methods have vectors");
		var methods = Set.of(EntityKind.METHOD);
		assertEquals("Shapes.circleArea(double)", first("how big is the surface of a round disc", Hit.Signal.MEANING, methods));
		assertEquals("Shapes.sendInvitation(String,String)", first("write an e-mail message to a person", Hit.Signal.MEANING, methods));
		var hybrid = fixture.memory.search(MemoryQuery.of("circle area", 3).ofKinds(methods));
		assertEquals(Set.of(Hit.Signal.KEYWORDS, Hit.Signal.MEANING), hybrid.get(0).signals(), "both retrievers found it");
	}

	@Test
	void unchangedTextIsNeverEmbeddedAgain() {
		fixture.index();
		fixture.write("src/geo/Shapes.java", fixture.read("src/geo/Shapes.java").replace("public final class Shapes {",
				"public final class Shapes {\n\tstatic final int SIDES = 0;\n"));
		var report = fixture.index();
		assertEquals(1, report.parsed());
		assertEquals(1, report.embedded(), "only the type's chunk changed; its methods' vectors come from the cache");
	}

	@Test
	void indexingTheSameFilesAgainOverStoredVectorsEmbedsNothing() throws Exception {
		fixture.index();
		var vectors = fixture.count("SELECT count(*) AS n FROM memory_vectors");
		var shapes = fixture.folder.resolve("src/geo/Shapes.java");
		java.nio.file.Files.setLastModifiedTime(shapes, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertEquals(0, fixture.index().embedded(), "a file touched but not changed");
		fixture.index.forget(fixture.root.name());
		var again = fixture.index();
		assertEquals(1, again.parsed(), "read anew: its chunks went with the root");
		assertEquals(0, again.embedded(), "the same chunks' vectors come from the cache by hash");
		assertEquals(vectors, fixture.count("SELECT count(*) AS n FROM memory_vectors"));
		assertEquals("Shapes.circleArea(double)", first("how big is the surface of a round disc", Hit.Signal.MEANING, Set.of(EntityKind.METHOD)));
	}

	@Test
	void vectorsAreUnitLengthAndParaphrasesAreCloserThanUnrelatedText() {
		var embedder = OsgiServices.await(Embedder.class, MemoryFixture.WAIT);
		var vectors = embedder.embed(List.of("The cat sits on the mat.", "A cat is sitting on a rug.", "Quarterly tax report due"));
		assertEquals(384, vectors.get(0).length);
		assertEquals(1.0, dot(vectors.get(0), vectors.get(0)), 1e-3);
		assertTrue(dot(vectors.get(0), vectors.get(1)) > dot(vectors.get(0), vectors.get(2)) + 0.3);
	}

	private String first(String text, Hit.Signal signal, Set<EntityKind> kinds) {
		return fixture.memory.search(MemoryQuery.of(text, 1).only(signal).ofKinds(kinds)).get(0).title();
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}
}
