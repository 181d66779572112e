package dev.piassistant.tools.jdt.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ide_problems lists what the Problems view shows: JDT's compile errors and warnings, and markers other tools put
 * on files (a task marker left by a plug-in's validator here), for the workspace or one file.
 */
class IdeProblemsTest {

	private static JavaWorkspace broken;

	@BeforeAll
	static void createProject() throws Exception {
		broken = JavaWorkspace.create("problems", Map.of(
				"com/shop/Broken.java", "package com.shop;\n\npublic class Broken {\n\tint total() {\n\t\treturn missing;\n\t}\n}\n",
				"com/shop/Warned.java", "package com.shop;\n\nimport java.util.List;\n\npublic class Warned {\n}\n",
				"notes.txt", "not Java\n"));
		var notes = broken.project.getFile("src/notes.txt");
		var marker = notes.createMarker(IMarker.PROBLEM);
		marker.setAttributes(new String[] { IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LINE_NUMBER },
				new Object[] { IMarker.SEVERITY_WARNING, "Spelling: 'Jva'", 1 });
	}

	@AfterAll
	static void deleteProject() throws Exception {
		broken.close();
	}

	@Test
	void theWorkspacesProblemsOfEveryKindErrorsFirst() throws Exception {
		var result = Calls.call("ide_problems", "{}");
		System.out.println("ide_problems:\n" + result.output());
		assertFalse(result.isError(), result.output());
		var lines = result.output().lines().toList();
		assertTrue(lines.get(0).startsWith("problems/src/com/shop/Broken.java:5: error: missing cannot be resolved"), result.output());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("problems/src/com/shop/Warned.java:3: warning: The import java.util.List is never used")),
				result.output());
		assertTrue(lines.contains("problems/src/notes.txt:1: warning: Spelling: 'Jva' [org.eclipse.core.resources.problemmarker]"), result.output());
	}

	@Test
	void oneFilesErrorsOnlyAndAnUnknownFileIsNamed() throws Exception {
		var errors = Calls.call("ide_problems", "{\"path\": \"problems/src/com/shop/Warned.java\", \"least\": \"error\"}");
		assertFalse(errors.isError(), errors.output());
		assertTrue(errors.output().startsWith("No problems of error severity."), errors.output());
		var unknown = Calls.call("ide_problems", "{\"path\": \"problems/src/Nowhere.java\"}");
		assertTrue(unknown.isError());
		assertTrue(unknown.output().startsWith("The IDE knows no file or folder 'problems/src/Nowhere.java'"), unknown.output());
	}
}
