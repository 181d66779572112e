package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.memory.internal.MemoryComponent;
import dev.piassistant.memory.internal.Warmup;

/** Edits, renames and deletions reach the chunks and the graph, and only changed files are read again. */
class IncrementalIndexTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@BeforeEach
	void project() {
		Shop.write(fixture);
		fixture.index();
	}

	@Test
	void anEditedFileIsReadAgainAloneAndItsCallsAndChunksFollow() {
		var cart = fixture.write("src/shop/Cart.java", fixture.read("src/shop/Cart.java")
				.replace("return with.charge(total());", "return with.charge(discounted());")
				.replace("	public void add(Item item) {", """
						public long discounted() {
							return total() * 9 / 10;
						}

						public void add(Item item) {"""));
		var report = fixture.update(List.of(cart));
		assertEquals(1, report.parsed());
		assertEquals(List.of("Cart.discounted()", "CartTest.totalAddsPrices()"), fixture.ask(GraphQuestion.CALLERS, "Cart#total"));
		assertEquals(List.of("Cart.discounted()", "Payment.charge(long)"), fixture.ask(GraphQuestion.CALLEES, "Cart#checkout"));
		var hits = fixture.memory.search(MemoryQuery.of("discounted", 3).only(Hit.Signal.KEYWORDS));
		assertEquals("Cart.discounted()", hits.get(0).title());
	}

	@Test
	void aFullRunReadsOnlyWhatChanged() throws Exception {
		assertEquals(0, fixture.index().parsed(), "nothing changed");
		var item = fixture.folder.resolve("src/shop/Item.java");
		Files.setLastModifiedTime(item, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertEquals(0, fixture.index().parsed(), "a new time of change alone: read, found the same, not indexed again");
		fixture.write("src/shop/Item.java", "package shop;\n\npublic record Item(String name, long price, int count) {\n}\n");
		assertEquals(1, fixture.index().parsed());
		assertEquals(List.of("Cart.total()"), fixture.ask(GraphQuestion.CALLERS, "Item#price"));
	}

	@Test
	void aRenamedFileTakesItsEntitiesAlongAndCallersFollowTheNewName() throws Exception {
		var old = fixture.folder.resolve("src/shop/pay/CardPayment.java");
		var moved = fixture.write("src/shop/pay/card/CardPayment.java", Files.readString(old)
				.replace("package shop.pay;", "package shop.pay.card;\n\nimport shop.pay.Payment;"));
		Files.delete(old);
		var test = fixture.write("test/shop/CartTest.java", fixture.read("test/shop/CartTest.java")
				.replace("import shop.pay.CardPayment;", "import shop.pay.card.CardPayment;"));
		var report = fixture.update(List.of(old, moved, test));
		assertEquals(2, report.parsed());
		assertEquals(1, report.removed());
		var implementors = fixture.memory.ask(GraphQuestion.IMPLEMENTORS, "Payment", 10).orElseThrow().links();
		assertEquals(List.of("shop.pay.card.CardPayment"), implementors.stream().map(link -> link.entity().key()).toList());
		assertEquals(0, fixture.count("SELECT count(*) AS n FROM memory_entities WHERE key LIKE 'shop.pay.CardPayment%'"));
		assertEquals(List.of("CardPayment.charge(long)"), fixture.ask(GraphQuestion.CALLERS, "Receipt#Receipt"));
		var source = fixture.memory.search(MemoryQuery.of("card payment charge", 1).only(Hit.Signal.KEYWORDS)).get(0).source();
		assertEquals(fixture.root.name() + "/src/shop/pay/card/CardPayment.java", source.path());
	}

	@Test
	void aDeletedFileLeavesNothingBehind() throws Exception {
		var card = fixture.folder.resolve("src/shop/pay/CardPayment.java");
		Files.delete(card);
		var report = fixture.update(List.of(card));
		assertEquals(1, report.removed());
		assertEquals(List.of(), fixture.ask(GraphQuestion.IMPLEMENTORS, "Payment"));
		assertEquals(0, fixture.count("SELECT count(*) AS n FROM memory_entities WHERE key LIKE 'shop.pay.CardPayment%'"));
		assertEquals(0, fixture.count("SELECT count(*) AS n FROM memory_relations WHERE source LIKE 'shop.pay.CardPayment%'"));
		var hits = fixture.memory.search(MemoryQuery.of("card", 10).only(Hit.Signal.KEYWORDS));
		assertTrue(hits.stream().noneMatch(hit -> hit.source().path().contains("CardPayment")), hits.toString());
		assertEquals(fixture.count("SELECT count(*) AS n FROM memory_chunks"),
				((MemoryComponent) fixture.memory).indexing().keywords().size(), "the keyword index has each chunk, none gone");
		assertEquals(0, fixture.count("""
				SELECT count(*) AS n FROM memory_chunks c WHERE NOT EXISTS (SELECT 1 FROM memory_entities e WHERE e.id = c.entity)"""));
	}

	@Test
	void aDeletedFolderTakesAllItsFiles() throws Exception {
		var pay = fixture.folder.resolve("src/shop/pay");
		try (var files = Files.walk(pay)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		assertEquals(3, fixture.update(List.of(pay)).removed());
		assertEquals(List.of(), fixture.memory.find("shop.pay.Payment", 5));
	}

	@Test
	void afterARootIsForgottenTheKeywordIndexLoadsAgainBeforeTheNextSearch() throws Exception {
		var indexing = ((MemoryComponent) fixture.memory).indexing();
		fixture.index.forget("p-gone");
		Job.getJobManager().join(Warmup.FAMILY, null);
		assertTrue(indexing.keywordsLoaded(), "the keyword index was loaded in the background, not by the search to come");
		assertTrue(fixture.memory.search(MemoryQuery.of("cart total", 5).only(Hit.Signal.KEYWORDS)).stream()
				.anyMatch(hit -> hit.source().path().endsWith("Cart.java")), "the kept root's chunks are in it");
	}
}
