package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * Fix with Pi Assistant among a compile error's quick fixes (what Ctrl+1 in the Java editor and Quick Fix in the
 * Problems view list): running it asks the Agent view to fix that problem, naming it and its file.
 */
@ExtendWith(FailOnLoggedErrors.class)
class FixFromQuickFixTest {

	private AgentViewFixture fixture;
	private JavaProjectFiles project;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		project = new JavaProjectFiles("quickfix");
	}

	@AfterEach
	void close() {
		JavaEditorFile.page().closeAllEditors(false);
		project.close();
		fixture.close();
	}

	@Test
	void aCompileErrorOffersFixWithPiAssistantWhichAsksToFixIt() throws Exception {
		var file = project.write("src/com/acme/Shop.java",
				"package com.acme;\n\npublic class Shop {\n\tint total() {\n\t\treturn \"three\";\n\t}\n}\n");
		project.build();
		Ui.spinUntil("Java marks the error", () -> errors(file).length > 0);
		var marker = errors(file)[0];
		var resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		var ours = Arrays.stream(resolutions).filter(resolution -> resolution.getLabel().equals("Fix with Pi Assistant"))
				.findFirst();
		assertTrue(ours.isPresent(), () -> "among the quick fixes: "
				+ Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());

		fixture.server.enqueue(Reply.openAiStream("Return a number."));
		var ended = fixture.cards(OutcomeCard.class).size();
		ours.get().run(marker);
		Ui.spinUntil("the fix is asked for", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == ended + 1);
		var sent = fixture.lastUserText();
		var problem = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(sent.startsWith("Fix this problem."), sent);
		assertTrue(sent.contains("Problems in `quickfix/src/com/acme/Shop.java`:\n```\nline 5, error: " + problem), sent);
		assertTrue(sent.contains("File `quickfix/src/com/acme/Shop.java`:"), sent);
	}

	private static IMarker[] errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers("org.eclipse.jdt.core.problem", true, IResource.DEPTH_ZERO))
					.filter(marker -> marker.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
					.toArray(IMarker[]::new);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}
}
