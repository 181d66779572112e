package dev.piassistant.tools.lsp.tests;

import static dev.piassistant.tools.lsp.tests.Calls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language-server tools reached through the tool registry, against pyright from npm. */
class LanguageServerToolsTest {

	static final String BROKEN = """
			def greet(name: str) -> str:
			    return "Hello, " + name


			def main() -> None:
			    print(greet("world"))
			    print(undefined_name)
			    greet(42)
			""";

	@TempDir
	Path workspace;

	@BeforeEach
	void useTheTestsServers() throws Exception {
		Calls.settings("{\"folders\": [\"" + Calls.npmBin() + "\"]}");
	}

	@Test
	void aBrokenPythonFileGetsItsErrorsFromPyrightAndAFixedOneNone() throws Exception {
		var file = Files.writeString(Files.createDirectories(workspace.resolve("src")).resolve("app.py"), BROKEN);

		var result = call("lsp_diagnostics", workspace, "{\"path\": \"src/app.py\"}");

		assertFalse(result.isError(), result.output());
		var lines = result.output().lines().toList();
		assertEquals(2, lines.size(), result.output());
		assertTrue(lines.get(0).startsWith("src/app.py:7:11: error: \"undefined_name\" is not defined (Pyright"), lines.get(0));
		assertTrue(lines.get(1).startsWith("src/app.py:8:11: error: Argument of type \"Literal[42]\" cannot be assigned to parameter "
				+ "\"name\" of type \"str\" in function \"greet\" \"Literal[42]\" is not assignable"), "one line per problem: " + lines.get(1));

		Files.writeString(file, BROKEN.replace("    print(undefined_name)\n", "").replace("greet(42)", "greet(\"42\")"));
		var fixed = call("lsp_diagnostics", workspace, "{\"path\": \"src/app.py\"}");
		assertEquals("The language server reports no problems in src/app.py.", fixed.output());
	}

	@Test
	void definitionReferencesAndSymbolsOfAPythonFile() throws Exception {
		Files.writeString(workspace.resolve("app.py"), BROKEN);

		var definition = call("lsp_definition", workspace, "{\"path\": \"app.py\", \"line\": 6, \"column\": 11}");
		assertEquals("app.py:1:5: def greet(name: str) -> str:", definition.output());

		var references = call("lsp_references", workspace, "{\"path\": \"app.py\", \"line\": 1, \"column\": 5}").output().lines().toList();
		assertEquals(3, references.size(), references.toString());
		assertTrue(references.contains("app.py:8:5: greet(42)"), references.toString());

		var symbols = call("lsp_symbols", workspace, "{\"path\": \"app.py\"}").output();
		assertTrue(symbols.contains("function greet (line 1)") && symbols.contains("function main (line 5)"), symbols);
	}

	@Test
	void aServerThatIsNotInstalledIsExplainedWithWhatToInstall() throws Exception {
		Calls.settings("{\"servers\": {\"typescript\": {\"command\": [\"typescript-language-server-not-here\", \"--stdio\"]}}}");
		Files.writeString(workspace.resolve("index.ts"), "const x: number = 'no';\n");

		var result = call("lsp_diagnostics", workspace, "{\"path\": \"index.ts\"}");

		assertTrue(result.isError());
		assertEquals("No language server for .cjs, .js, .jsx, .mjs, .ts, .tsx files is installed: "
				+ "'typescript-language-server-not-here' was not found on the PATH. Install it with: npm install -g "
				+ "typescript-language-server typescript. If it is installed elsewhere, name its folder in "
				+ "~/.pi-assistant/settings.json: {\"languageServers\": {\"folders\": [\"/path/to/its/bin\"]}}.", result.output());
	}

	@Test
	void javaFilesAndFilesNoServerServesAreExplained() throws Exception {
		Files.writeString(workspace.resolve("A.java"), "class A {}");
		Files.writeString(workspace.resolve("notes.txt"), "text");

		var java = call("lsp_diagnostics", workspace, "{\"path\": \"A.java\"}");
		assertTrue(java.isError() && java.output().contains("the IDE's own Java tools"), java.output());
		var text = call("lsp_symbols", workspace, "{\"path\": \"notes.txt\"}");
		assertTrue(text.isError() && text.output().startsWith("No language server is configured for 'notes.txt'."), text.output());
		var missing = call("lsp_symbols", workspace, "{\"path\": \"gone.py\"}");
		assertEquals("There is no file 'gone.py' in the workspace.", missing.output());
		var outside = call("lsp_symbols", workspace, "{\"path\": \"../elsewhere.py\"}");
		assertTrue(outside.output().contains("outside the workspace"), outside.output());
	}
}
