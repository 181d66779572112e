package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;

/**
 * The editor as context: a Java file open in the Java editor, code selected, Ask Pi Assistant about the
 * selection puts the file and the selection on the composer as chips, counted in tokens; what the model
 * receives carries both, and a removed chip stays out. (Insert at Cursor: {@link InsertAtCursorTest}.)
 */
@ExtendWith(FailOnLoggedErrors.class)
class EditorContextTest {

	private static final String SELECTED = "String greet(String name) {\n\t\treturn \"Hello, \" + name;\n\t}";

	private AgentViewFixture fixture;
	private JavaEditorFile java;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		java = new JavaEditorFile();
	}

	@AfterEach
	void close() {
		java.close();
		fixture.close();
	}

	@Test
	void askingAboutTheSelectionSendsItWithTheFileName() throws Exception {
		assertEquals("org.eclipse.jdt.ui.CompilationUnitEditor", java.editor.getSite().getId(), "the Java editor");
		java.select("String greet", "name;\n\t}");
		ask("dev.piassistant.ui.chat.askAboutSelection");
		var chips = fixture.panel().composer().chips();
		assertEquals(List.of("Greeter.java", "Greeter.java:5-7 (selection)"), chipTitles(), "the file and the selection, as chips");
		assertTrue(chips.tokensText().matches("About \\d+ tokens will be sent with this message\\."), chips.tokensText());

		fixture.server.enqueue(Reply.openAiStream("It greets by name."));
		fixture.converse("What does this do?");
		var sent = lastUserText();
		assertTrue(sent.startsWith("What does this do?"), sent);
		assertTrue(sent.contains("Selected in `context/src/Greeter.java`, lines 5-7:\n```java\n" + SELECTED + "\n```"), sent);
		assertTrue(sent.contains("File `context/src/Greeter.java`:"), sent);
		assertEquals(List.of("Greeter.java"), chipTitles(), "the selection asked about is not sent again; the file stays offered");
	}

	@Test
	void aRemovedChipIsNotSentAndExplainAsksAtOnce() throws Exception {
		java.select("String greet", "name;\n\t}");
		ask("dev.piassistant.ui.chat.askAboutSelection");
		var chips = fixture.panel().composer().chips();
		var before = chips.tokensText();
		Ui.click(chips.removeLinks().get(0)); // the whole file
		assertEquals(List.of("Greeter.java:5-7 (selection)"), chipTitles());
		assertFalse(before.equals(chips.tokensText()), "the count follows what is removed: " + before);

		fixture.server.enqueue(Reply.openAiStream("It returns a greeting."));
		var ended = fixture.cards(dev.piassistant.ui.chat.internal.cards.OutcomeCard.class).size();
		java.select("String greet", "name;\n\t}");
		ask("dev.piassistant.ui.chat.explainSelection");
		Ui.spinUntil("the explanation arrives", () -> fixture.idle()
				&& fixture.cards(dev.piassistant.ui.chat.internal.cards.OutcomeCard.class).size() == ended + 1);
		var sent = lastUserText();
		assertTrue(sent.startsWith("Explain what the selected code does"), sent);
		assertTrue(sent.contains(SELECTED), sent);
		assertTrue(sent.contains("File `context/src/Greeter.java`"), "asking again brings the removed file back: " + sent);
	}

	@Test
	void theFileProblemsAttachAndFixThisProblemSendsThem() throws Exception {
		var marker = java.file.createMarker(IMarker.PROBLEM);
		marker.setAttributes(new String[] { IMarker.SEVERITY, IMarker.LINE_NUMBER, IMarker.MESSAGE },
				new Object[] { IMarker.SEVERITY_ERROR, 6, "Type mismatch: cannot convert from int to String" });
		try {
			java.select("return", "name;");
			Ui.spinUntil("the problems are offered", () -> fixture.panel().composer().chips().problemsLink().isPresent());
			Ui.click(fixture.panel().composer().chips().problemsLink().orElseThrow());
			assertTrue(chipTitles().contains("Problems in Greeter.java (1)"), chipTitles()::toString);
			assertTrue(fixture.panel().composer().chips().problemsLink().isEmpty(), "attached, no longer offered");

			fixture.server.enqueue(Reply.openAiStream("Return a String."));
			var ended = fixture.cards(dev.piassistant.ui.chat.internal.cards.OutcomeCard.class).size();
			var handlers = JavaEditorFile.page().getWorkbenchWindow().getService(IHandlerService.class);
			var context = handlers.createContextSnapshot(false);
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(marker));
			handlers.executeCommandInContext(new ParameterizedCommand(JavaEditorFile.page().getWorkbenchWindow()
					.getService(ICommandService.class).getCommand("dev.piassistant.ui.chat.fixProblem"), null), null, context);
			Ui.spinUntil("the fix is asked for", () -> fixture.idle()
					&& fixture.cards(dev.piassistant.ui.chat.internal.cards.OutcomeCard.class).size() == ended + 1);
			var sent = lastUserText();
			assertTrue(sent.startsWith("Fix this problem."), sent);
			assertTrue(sent.contains("Problems in `context/src/Greeter.java`:\n```\nline 6, error: Type mismatch: cannot convert from int to String\n```"), sent);
			assertTrue(sent.contains("File `context/src/Greeter.java`:"), sent);
		} finally {
			marker.delete();
		}
	}

	@Test
	void mentionedAndDroppedFilesAttach(@TempDir Path folder) throws Exception {
		var input = fixture.panel().composer().input();
		input.setText("Compare with #greet");
		input.setSelection(input.getText().length());
		Ui.click(fixture.panel().composer().chips().removeLinks().get(0)); // the editor's file
		assertEquals(List.of(), chipTitles());
		var mentions = fixture.panel().composer().mentions();
		Ui.spinUntil("files whose path holds what follows # are proposed (looked up in a job)",
				() -> mentions.getProposals(input.getText(), input.getText().length()).length > 0);
		var proposals = mentions.getProposals(input.getText(), input.getText().length());
		assertEquals("context/src/Greeter.java", proposals[0].getContent(), Arrays.toString(proposals));
		mentions.accept(proposals[0]);
		assertEquals("Compare with #context/src/Greeter.java", input.getText());
		Ui.spinUntil("the file mentioned is attached", () -> chipTitles().equals(List.of("Greeter.java")));

		var notes = Files.writeString(folder.resolve("notes.md"), "# Notes\nKeep it short.\n");
		var binary = Files.write(folder.resolve("logo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe });
		FileDrops.attachments(List.of(notes.toFile(), binary.toFile(), java.file.getLocation().toFile()))
				.forEach(fixture.panel().composer().chips()::add);
		assertEquals(List.of("Greeter.java", "notes.md"), chipTitles(), "text files attach, once each; the image does not");
	}

	private void ask(String command) throws Exception {
		JavaEditorFile.page().activate(java.editor);
		java.editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
		Ui.spinUntil("the Agent view is in front", () -> JavaEditorFile.page().getActivePart() == fixture.view);
	}

	private List<String> chipTitles() {
		return fixture.panel().composer().chips().removeLinks().stream()
				.map(link -> ((Label) link.getParent().getChildren()[0]).getText()).toList();
	}

	private String lastUserText() {
		return fixture.lastUserText();
	}
}
