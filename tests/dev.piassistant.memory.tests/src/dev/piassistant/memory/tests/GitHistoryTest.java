package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.RelationKind;

/** A real git repository: who changed what and when, which files change together, and only new commits read again. */
class GitHistoryTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@Test
	void historyTellsWhoChangedAFileAndWhenNewestFirst() throws Exception {
		try (var git = Git.init().setDirectory(fixture.folder.toFile()).setInitialBranch("main").call()) {
			Shop.write(fixture);
			commit(git, "Ada Lovelace", "ada@example.org", "2024-03-01T10:00:00Z", "Cart and items");
			fixture.write("src/shop/Cart.java", fixture.read("src/shop/Cart.java").replace("long sum = 0;", "long sum = 0L;"));
			fixture.write("test/shop/CartTest.java", fixture.read("test/shop/CartTest.java") + "\n");
			commit(git, "Bob Babbage", "bob@example.org", "2024-04-02T09:30:00Z", "Fix rounding of the cart total");
			var report = fixture.index();
			assertEquals(2, report.commits(), report.toString());

			var history = fixture.memory.ask(GraphQuestion.HISTORY, "Cart#total", 10).orElseThrow().links();
			assertEquals(List.of("Fix rounding of the cart total", "Cart and items"), history.stream().map(link -> link.entity().name()).toList());
			assertTrue(history.get(0).entity().detail().contains("Bob Babbage <bob@example.org>"), history.get(0).entity().detail());
			assertTrue(history.get(0).entity().detail().contains("2024-04-02T09:30:00Z"), history.get(0).entity().detail());

			var related = fixture.memory.ask(GraphQuestion.RELATED, fixture.root.name() + "/src/shop/Cart.java", 50).orElseThrow().links();
			var changedTogether = related.stream().filter(link -> link.relation() == RelationKind.RELATED_TO).map(Link::entity)
					.map(entity -> entity.name()).toList();
			assertTrue(changedTogether.contains("CartTest.java"), related.toString());

			var hits = fixture.memory.search(MemoryQuery.of("rounding", 3).only(Hit.Signal.KEYWORDS));
			assertEquals(EntityKind.COMMIT, hits.get(0).entity().kind());
			assertEquals(fixture.root.name() + "@", hits.get(0).source().path().substring(0, fixture.root.name().length() + 1));

			fixture.write("src/shop/Item.java", fixture.read("src/shop/Item.java") + "\n");
			commit(git, "Ada Lovelace", "ada@example.org", "2024-05-03T08:00:00Z", "Tidy the item");
			assertEquals(1, fixture.index().commits(), "only the new commit is read");
			assertEquals("Tidy the item", fixture.memory.ask(GraphQuestion.HISTORY, "shop.Item", 1).orElseThrow().links().get(0).entity().name());
		}
	}

	private static void commit(Git git, String name, String email, String when, String message) throws Exception {
		git.add().addFilepattern(".").call();
		var person = new PersonIdent(name, email, Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
		git.commit().setMessage(message).setAuthor(person).setCommitter(person).setSign(false).call();
	}
}
