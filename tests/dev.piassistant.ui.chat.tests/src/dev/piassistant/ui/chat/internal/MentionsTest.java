package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;

/**
 * {@code #} mentions of Java types: typing {@code #Sh} offers {@code com.acme.Shop} (found by Java's type search in a
 * job, the UI thread never stalled by it); choosing it attaches the type's source lines, which the request carries
 * with its file's name.
 */
@ExtendWith(FailOnLoggedErrors.class)
class MentionsTest {

	private static final String SHOP = """
			package com.acme;

			/** Sells what is in stock. */
			public class Shop {
				int stock = 3;

				int sell() {
					return --stock;
				}
			}
			""";

	private AgentViewFixture fixture;
	private JavaProjectFiles project;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		project = new JavaProjectFiles("mentions");
	}

	@AfterEach
	void close() {
		project.close();
		fixture.close();
	}

	@Test
	void typingHashShOffersTheShopTypeAndSendsItsSource() throws Exception {
		project.write("src/com/acme/Shop.java", SHOP);
		project.build();
		var input = fixture.panel().composer().input();
		var mentions = fixture.panel().composer().mentions();
		fixture.panel().composer().chips().removeLinks().forEach(Ui::click); // nothing else attached
		try (var freezes = new UiFreezes(100)) {
			input.setText("What does #Sh");
			input.setSelection(input.getText().length());
			var found = new Object() {
				Optional<IContentProposal> shop = Optional.empty();
			};
			Ui.spinUntil("the type is proposed", () -> {
				found.shop = Arrays.stream(mentions.getProposals(input.getText(), input.getText().length()))
						.filter(proposal -> proposal.getContent().equals("com.acme.Shop")).findFirst();
				return found.shop.isPresent();
			}, Duration.ofSeconds(60));
			assertTrue(found.shop.get().getLabel().startsWith("Shop \u2013 com.acme"), found.shop.get().getLabel());
			mentions.accept(found.shop.get());
			assertEquals("What does #com.acme.Shop", input.getText());
			Ui.spinUntil("the type's source attaches", () -> chipTitles().equals(List.of("Shop.java:3-10 (selection)")));
			// The lookup (the files, Java's search) and the proposals asked for; showing the list is the UI's work.
			var ours = new ArrayList<>(freezes.freezesOnDisplayThreadIn("dev.piassistant.ui.chat.internal.Mentions.getProposals"));
			ours.addAll(freezes.freezesOnDisplayThreadIn("dev.piassistant.ui.chat.internal.WorkspaceFiles"));
			ours.addAll(freezes.freezesOnDisplayThreadIn("dev.piassistant.ui.chat.internal.JavaTypes"));
			ours.addAll(freezes.freezesOnDisplayThreadIn("dev.piassistant.ui.chat.internal.Mention."));
			ours.addAll(freezes.freezesOnDisplayThreadIn("org.eclipse.jdt.core"));
			assertEquals(List.of(), ours, () -> "the UI thread stalled over 100 ms looking up mentions:\n" + UiFreezes.report(ours));
		}

		fixture.server.enqueue(Reply.openAiStream("It sells from its stock."));
		fixture.converse(input.getText() + " do?");
		var sent = fixture.lastUserText();
		assertTrue(sent.startsWith("What does #com.acme.Shop do?"), sent);
		assertTrue(sent.contains("Selected in `mentions/src/com/acme/Shop.java`, lines 3-10:\n```java\n/** Sells what is in stock. */\npublic class Shop {"), sent);
		assertTrue(sent.contains("return --stock;"), sent);
	}

	private List<String> chipTitles() {
		return fixture.panel().composer().chips().removeLinks().stream()
				.map(link -> ((Label) link.getParent().getChildren()[0]).getText()).toList();
	}
}
