package dev.piassistant.edits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.edits.internal.engine.EditResult;
import dev.piassistant.edits.internal.engine.Fuzz;
import dev.piassistant.edits.internal.engine.SearchReplace;
import dev.piassistant.edits.internal.engine.SearchReplace.Block;

/** Search/replace blocks as models write them: exact, with whitespace slips, ambiguous, misquoted. */
class SearchReplaceTest {

	private static final String CLASS = """
			class Greeter {
			\tString greet(String name) {
			\t\treturn "Hello, " + name;
			\t}

			\tString part(String name) {
			\t\treturn "Bye, " + name;
			\t}
			}
			""";

	private static String applied(String base, Block... blocks) {
		return assertInstanceOf(EditResult.Applied.class, SearchReplace.apply(base, List.of(blocks))).text();
	}

	private static String refused(String base, Block... blocks) {
		return assertInstanceOf(EditResult.Refused.class, SearchReplace.apply(base, List.of(blocks))).reason();
	}

	@Test
	void exactBlockReplacesItsLines() {
		var result = applied(CLASS, new Block("\t\treturn \"Hello, \" + name;\n", "\t\treturn \"Hi, \" + name + \"!\";\n"));
		assertEquals(CLASS.replace("\"Hello, \" + name;", "\"Hi, \" + name + \"!\";"), result);
	}

	@Test
	void blocksApplyInOrderEachOnTheResultOfTheLast() {
		var result = applied(CLASS, new Block("\t\treturn \"Hello, \" + name;", "\t\treturn greeting(name);"),
				new Block("\t\treturn greeting(name);", "\t\treturn greeting(name).strip();"));
		assertTrue(result.contains("\t\treturn greeting(name).strip();\n"), result);
	}

	@Test
	void spacesForTabsAreForgivenAndTheFileKeepsItsOwnIndentation() {
		var search = """
				    String greet(String name) {
				        return "Hello, " + name;
				    }
				""";
		var replace = """
				    String greet(String name) {
				        var greeting = "Hello, " + name;
				        return greeting;
				    }
				""";
		var result = assertInstanceOf(EditResult.Applied.class, SearchReplace.apply(CLASS, List.of(new Block(search, replace))));
		assertEquals(Fuzz.INDENT, result.placements().get(0).fuzz());
		// The kept lines are the file's own (tabs); the added ones are re-indented from the quote's spaces to tabs.
		assertEquals(CLASS.replace("\t\treturn \"Hello, \" + name;\n", "\t\tvar greeting = \"Hello, \" + name;\n\t\treturn greeting;\n"),
				result.text());
	}

	@Test
	void trailingSpacesInTheQuoteAreForgiven() {
		var result = applied(CLASS, new Block("\t\treturn \"Bye, \" + name;   \n", "\t\treturn \"Goodbye, \" + name;\n"));
		assertTrue(result.contains("\"Goodbye, \" + name;\n"), result);
	}

	@Test
	void crlfFilesKeepTheirLineEnds() {
		var base = CLASS.replace("\n", "\r\n");
		var result = applied(base, new Block("\t\treturn \"Bye, \" + name;\n", "\t\t// parting\n\t\treturn \"Bye, \" + name;\n"));
		assertEquals(base.replace("\t\treturn \"Bye, ", "\t\t// parting\r\n\t\treturn \"Bye, "), result);
	}

	@Test
	void aFileWithoutAFinalLineEndKeepsWithoutOne() {
		assertEquals("one\ntwo\nTHREE", applied("one\ntwo\nthree", new Block("three\n", "THREE\n")));
	}

	@Test
	void aBlockFoundTwiceIsRefusedWithWhereItOccurs() {
		var reason = refused(CLASS, new Block("\t}\n", "\t} // end\n"));
		assertTrue(reason.contains("occurs 2 times (at lines 4, 8)"), reason);
		assertTrue(reason.contains("Nothing was changed"), reason);
	}

	@Test
	void aMisquotedBlockIsRefusedWithTheNearestPlaceAndTheLineThatDiffers() {
		var reason = refused(CLASS, new Block("\tString part(String name) {\n\t\treturn \"Farewell, \" + name;\n",
				"\tString part(String name) {\n\t\treturn \"See you, \" + name;\n"));
		assertTrue(reason.contains("line 6"), reason);
		assertTrue(reason.contains("line 7 of the file is `return \"Bye, \" + name;`"), reason);
		assertTrue(reason.contains("your text has `return \"Farewell, \" + name;`"), reason);
	}

	@Test
	void differingContextIsForgivenButTheRemovedLinesMustBeInTheFile() {
		// The kept first line is misquoted (a comment the file does not have); the removed line is exact.
		var search = "\tString part(String name) { // parts\n\t\treturn \"Bye, \" + name;\n\t}\n";
		var replace = "\tString part(String name) { // parts\n\t\treturn \"See you, \" + name;\n\t}\n";
		var result = applied(CLASS, new Block(search, replace));
		assertTrue(result.contains("\tString part(String name) {\n\t\treturn \"See you, \" + name;"), result);
		// Had the removed line differed, nothing would be placed.
		refused(CLASS, new Block("\tString part(String name) {\n\t\treturn \"Bye bye, \" + name;\n\t}\n",
				"\tString part(String name) {\n\t\treturn \"See you, \" + name;\n\t}\n"));
	}

	@Test
	void anEmptySearchIsRefusedUnlessTheFileIsEmpty() {
		assertTrue(refused(CLASS, new Block("", "x\n")).contains("is empty"));
		assertEquals("first line\n", applied("", new Block("", "first line\n")));
	}

	@Test
	void linesThatAreNowhereAreReportedSo() {
		var reason = refused(CLASS, new Block("nothing like this\n", "x\n"));
		assertTrue(reason.contains("none of its lines occurs there"), reason);
	}
}
