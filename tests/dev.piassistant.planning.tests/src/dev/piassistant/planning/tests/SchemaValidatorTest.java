package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.tool.Schema;
import dev.piassistant.planning.internal.json.JsonArguments;

/** Tool arguments are checked against the tool's schema, and every problem says where and what. */
class SchemaValidatorTest {

	private final com.fasterxml.jackson.databind.node.ObjectNode schema = Schema.object()
			.string("path", "file", true)
			.integer("line", "from 1", 1, 100_000, false)
			.choice("mode", "how", List.of("read", "write"), false)
			.bool("recursive", "into folders", false)
			.stringArray("globs", "patterns", false)
			.build();

	@Test
	void validArgumentsPass() {
		var parsed = JsonArguments.parse("{\"path\":\"a\",\"line\":3,\"mode\":\"read\",\"recursive\":true,\"globs\":[\"*.java\"]}", schema);
		assertEquals("a", assertInstanceOf(JsonArguments.Valid.class, parsed).value().path("path").asText());
	}

	@Test
	void aWholeNumberWrittenAsADecimalIsStillAnInteger() {
		assertInstanceOf(JsonArguments.Valid.class, JsonArguments.parse("{\"path\":\"a\",\"line\":3.0}", schema));
	}

	@Test
	void everyProblemIsReportedWithItsPath() {
		var parsed = JsonArguments.parse("{\"line\":0,\"mode\":\"delete\",\"recursive\":\"yes\",\"globs\":[1],\"extra\":1}", schema);
		var problems = assertInstanceOf(JsonArguments.Invalid.class, parsed).problems();
		assertEquals(List.of("missing required 'path'", "'line' must be at least 1, not 0",
				"'mode' must be one of [\"read\",\"write\"], not \"delete\"", "'recursive' must be a boolean, not a string (\"yes\")",
				"'globs[0]' must be a string, not a number (1)", "'extra' is not a parameter (allowed: path, line, mode, recursive, globs)"),
				problems);
	}

	@Test
	void brokenJsonSaysWhereItBroke() {
		var parsed = JsonArguments.parse("{\"path\": \"a", schema);
		var problem = assertInstanceOf(JsonArguments.Invalid.class, parsed).describe();
		assertEquals(true, problem.startsWith("the arguments are not valid JSON"), problem);
	}

	@Test
	void repeatsAreRecognisedWhateverTheKeyOrderOrSpacing() {
		assertEquals(JsonArguments.canonical("{\"b\":1,\"a\":[2, 3]}"), JsonArguments.canonical("{ \"a\" : [2,3], \"b\" : 1 }"));
	}
}
