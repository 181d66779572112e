package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.KnowledgeNote;
import dev.piassistant.core.memory.MemoryQuery;

/** Markdown by heading with citable sections, and knowledge notes written, found and edited by hand. */
class KnowledgeTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@Test
	void markdownIsCutByHeadingAndEachHitCitesItsSection() {
		fixture.write("README.md", """
				# Shop

				A small shop.

				## Install

				### Linux

				Unpack the archive and run the shop script.

				### Windows

				Run the installer; see [the guide](docs/guide.md).
				""");
		fixture.write("docs/guide.md", "# Guide\n\nEverything about `Cart` and checkout.\n");
		Shop.write(fixture);
		fixture.index();
		var hit = fixture.memory.search(MemoryQuery.of("unpack archive", 1).only(Hit.Signal.KEYWORDS)).get(0);
		assertEquals("Shop \u203a Install \u203a Linux", hit.source().section());
		assertEquals(7, hit.source().startLine());
		assertEquals(fixture.root.name() + "/README.md:7-10 \u00a7 Shop \u203a Install \u203a Linux", hit.source().cite());
		var readme = fixture.ask(GraphQuestion.RELATED, fixture.root.name() + "/README.md");
		assertTrue(readme.contains("guide.md"), readme.toString());
		assertTrue(fixture.ask(GraphQuestion.RELATED, "shop.Cart").contains("guide.md"), "the guide mentions the Cart type");
	}

	@Test
	void aRememberedNoteIsAKnowledgeFileFoundAndCitedByItsTopic() throws Exception {
		Shop.write(fixture);
		fixture.index();
		var source = fixture.memory.remember(new KnowledgeNote("Checkout rules",
				"Payments over 1000 need a second approval by the shop owner.", KnowledgeNote.Scope.PROJECT, fixture.root.name()));
		assertEquals(fixture.folder.resolve(".pi/knowledge/checkout-rules.md"), source.file());
		assertEquals(fixture.root.name() + "/.pi/knowledge/checkout-rules.md:1-3 \u00a7 Checkout rules", source.cite());
		var hit = fixture.memory.search(MemoryQuery.of("second approval", 1).only(Hit.Signal.KEYWORDS)).get(0);
		assertEquals(EntityKind.CONCEPT, hit.entity().kind());
		assertEquals("Checkout rules", hit.source().section());

		Files.writeString(source.file(), "# Checkout rules\n\nPayments over 500 need a manager's signature.\n");
		Thread.sleep(2_100);
		var after = fixture.memory.search(MemoryQuery.of("manager signature", 3).only(Hit.Signal.KEYWORDS).ofKinds(Set.of(EntityKind.CONCEPT)));
		assertEquals(1, after.size(), "the user's own edit is found at the next search");
		assertTrue(after.get(0).snippet().contains("500"), after.get(0).snippet());
		assertEquals(List.of(), fixture.memory.search(MemoryQuery.of("second approval", 3).only(Hit.Signal.KEYWORDS)
				.ofKinds(Set.of(EntityKind.CONCEPT))));
	}
}
