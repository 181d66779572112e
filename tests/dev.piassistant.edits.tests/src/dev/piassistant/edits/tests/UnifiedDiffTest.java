package dev.piassistant.edits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.edits.internal.engine.EditEngine;
import dev.piassistant.edits.internal.engine.Proposal;
import dev.piassistant.edits.internal.engine.UnifiedDiff;

/** Unified diffs as models write them: wrong numbers, no counts, lost spaces, several files, new and gone files. */
class UnifiedDiffTest {

	private static final String BASE = numbered(1, 40);

	private static String numbered(int from, int to) {
		var text = new StringBuilder();
		for (int i = from; i <= to; i++) {
			text.append("line ").append(i).append('\n');
		}
		return text.toString();
	}

	private static List<Proposal> patch(String patch, Map<String, String> files) {
		return EditEngine.patch(patch, path -> Optional.ofNullable(files.get(path)), null);
	}

	private static FileChange change(String patch) {
		var proposals = patch(patch, Map.of("a.txt", BASE));
		assertEquals(1, proposals.size());
		return assertInstanceOf(Proposal.Change.class, proposals.get(0), proposals.toString()).change();
	}

	@Test
	void aHunkWithWrongLineNumbersIsPlacedByItsLines() {
		var change = change("""
				--- a/a.txt
				+++ b/a.txt
				@@ -3,3 +3,3 @@
				 line 20
				-line 21
				+line twenty-one
				 line 22
				""");
		assertEquals(BASE.replace("line 21\n", "line twenty-one\n"), change.proposed());
		assertEquals(1, change.hunks().size());
		assertEquals(20, change.hunks().get(0).line());
	}

	@Test
	void headersWithoutNumbersAndContextLinesThatLostTheirSpace() {
		var base = "a\n\nb\nc\n";
		var proposals = EditEngine.patch("""
				--- x.txt
				+++ x.txt
				@@ ... @@
				 a

				-b
				+B
				""", path -> Optional.of(base), null);
		var change = assertInstanceOf(Proposal.Change.class, proposals.get(0)).change();
		assertEquals("a\n\nB\nc\n", change.proposed());
	}

	@Test
	void hunksAfterAMisplacedOneFollowItsDrift() {
		var change = change("""
				--- a/a.txt
				+++ b/a.txt
				@@ -1,3 +1,3 @@
				 line 10
				-line 11
				+LINE 11
				 line 12
				@@ -21,3 +21,3 @@
				 line 30
				-line 31
				+LINE 31
				 line 32
				""");
		assertEquals(BASE.replace("line 11\n", "LINE 11\n").replace("line 31\n", "LINE 31\n"), change.proposed());
		assertEquals(2, change.hunks().size());
	}

	@Test
	void severalFilesNewAndDeletedOnes() {
		var proposals = patch("""
				diff --git a/a.txt b/a.txt
				--- a/a.txt
				+++ b/a.txt
				@@ -1,2 +1,2 @@
				-line 1
				+first
				 line 2
				diff --git a/new.txt b/new.txt
				new file mode 100644
				--- /dev/null
				+++ b/new.txt
				@@ -0,0 +1,2 @@
				+hello
				+world
				diff --git a/old.txt b/old.txt
				deleted file mode 100644
				--- a/old.txt
				+++ /dev/null
				@@ -1 +0,0 @@
				-bye
				""", Map.of("a.txt", BASE, "old.txt", "bye\n"));
		assertEquals(3, proposals.size());
		var kinds = proposals.stream().map(p -> ((Proposal.Change) p).change().kind()).toList();
		assertEquals(List.of(ChangeKind.MODIFY, ChangeKind.ADD, ChangeKind.DELETE), kinds);
		assertEquals("hello\nworld\n", ((Proposal.Change) proposals.get(1)).change().proposed());
		assertEquals("", ((Proposal.Change) proposals.get(2)).change().proposed());
	}

	@Test
	void aRenameWithAChange() throws Exception {
		var files = UnifiedDiff.parse("""
				diff --git a/old/Name.java b/new/Name.java
				similarity index 90%
				rename from old/Name.java
				rename to new/Name.java
				--- a/old/Name.java
				+++ b/new/Name.java
				@@ -1 +1 @@
				-package old;
				+package new;
				""", null);
		assertEquals(ChangeKind.RENAME, files.get(0).kind());
		var change = assertInstanceOf(Proposal.Change.class, EditEngine.patch("""
				diff --git a/old/Name.java b/new/Name.java
				rename from old/Name.java
				rename to new/Name.java
				--- a/old/Name.java
				+++ b/new/Name.java
				@@ -1 +1 @@
				-package old;
				+package new;
				""", path -> Optional.of("package old;\nclass Name {}\n"), null).get(0)).change();
		assertEquals("new/Name.java", change.newPath());
		assertEquals("package new;\nclass Name {}\n", change.proposed());
	}

	@Test
	void noNewlineAtTheEndOfTheFile() {
		var proposals = EditEngine.patch("""
				--- a/t.txt
				+++ b/t.txt
				@@ -1,2 +1,2 @@
				 one
				-two
				\\ No newline at end of file
				+TWO
				\\ No newline at end of file
				""", path -> Optional.of("one\ntwo"), null);
		assertEquals("one\nTWO", assertInstanceOf(Proposal.Change.class, proposals.get(0)).change().proposed());
	}

	@Test
	void aDiffWithoutFileHeadersNeedsThePathGiven() {
		var diff = "@@ -1,1 +1,1 @@\n-line 1\n+one\n";
		var refused = assertInstanceOf(Proposal.Problem.class, patch(diff, Map.of("a.txt", BASE)).get(0));
		assertTrue(refused.reason().contains("the file it changes is unknown"), refused.reason());
		var change = assertInstanceOf(Proposal.Change.class,
				EditEngine.patch(diff, path -> Optional.of(BASE), "a.txt").get(0)).change();
		assertTrue(change.proposed().startsWith("one\nline 2\n"));
	}

	@Test
	void removedLinesThatAreNotThereAreRefusedWithTheNearestPlace() {
		var refused = assertInstanceOf(Proposal.Problem.class, patch("""
				--- a/a.txt
				+++ b/a.txt
				@@ -5,3 +5,3 @@
				 line 5
				-line six
				+line 6!
				 line 7
				""", Map.of("a.txt", BASE)).get(0));
		assertTrue(refused.reason().startsWith("The hunk of a.txt"), refused.reason());
		assertTrue(refused.reason().contains("Nothing was changed"), refused.reason());
	}

	@Test
	void aFileThatIsNotThere() {
		var refused = assertInstanceOf(Proposal.Problem.class, patch("--- a/b.txt\n+++ b/b.txt\n@@ -1 +1 @@\n-x\n+y\n",
				Map.of()).get(0));
		assertTrue(refused.reason().contains("does not exist"), refused.reason());
	}

	@Test
	void proseAndFencesAroundTheDiffAreIgnored() {
		var change = change("""
				Here is the change:
				```diff
				--- a/a.txt
				+++ b/a.txt
				@@ -2,1 +2,1 @@
				-line 2
				+line two
				```
				That renames the second line.
				""");
		assertEquals(BASE.replace("line 2\n", "line two\n"), change.proposed());
		assertNull(change.newPath());
	}
}
