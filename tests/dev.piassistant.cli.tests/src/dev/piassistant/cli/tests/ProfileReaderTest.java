package dev.piassistant.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.cli.internal.profile.Profile;
import dev.piassistant.cli.internal.profile.ProfileReader;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.Risk;

class ProfileReaderTest {

	@TempDir
	Path workspace;

	@Test
	void aWorkspaceWithoutProfileHasNone() throws UsageException {
		assertSame(Profile.NONE, ProfileReader.read(workspace));
	}

	@Test
	void everyKeyThePiCommandReads() throws Exception {
		var file = write("""
				# the project's agent settings
				mode = "review"
				model = "Local Ollama/qwen2.5-coder"

				[permissions]
				allow = ["read", "write"]

				[budget]
				max_tokens = 200_000
				max_cost = 1.5
				""");
		var profile = ProfileReader.read(workspace);
		assertEquals(Optional.of(file), profile.file());
		assertEquals(Optional.of(ApprovalMode.REVIEW_PLAN), profile.mode());
		assertEquals(Optional.of("Local Ollama/qwen2.5-coder"), profile.model());
		assertEquals(Set.of(Risk.READ, Risk.WRITE), profile.allow());
		assertEquals(OptionalLong.of(200_000), profile.maxTokens());
		assertEquals(OptionalDouble.of(1.5), profile.maxCost());
		assertEquals(List.of(), profile.warnings());
	}

	@Test
	void aWholeDollarAmountIsAnAmountToo() throws Exception {
		write("[budget]\nmax_cost = 2\n");
		assertEquals(OptionalDouble.of(2.0), ProfileReader.read(workspace).maxCost());
	}

	@Test
	void unknownKeysAreWarnedAboutWithTheirPlaceAndIgnored() throws Exception {
		var file = write("""
				mode = "auto"
				[budget]
				max_token = 100
				[tools.shell]
				timeout = 30
				""");
		var profile = ProfileReader.read(workspace);
		assertEquals(Optional.of(ApprovalMode.AUTO), profile.mode());
		assertEquals(OptionalLong.empty(), profile.maxTokens(), "the misspelt key sets nothing");
		assertEquals(List.of(file + ":3:1: pi does not know the key budget.max_token; it is ignored.",
				file + ":5:1: pi does not know the key tools.shell.timeout; it is ignored."), profile.warnings());
	}

	@Test
	void invalidTomlIsAnErrorWithLineAndColumn() throws Exception {
		var file = write("mode = \"auto\"\nallow = [\"read\"\n");
		var error = assertThrows(UsageException.class, () -> ProfileReader.read(workspace));
		assertEquals(file + ":3:1: this is not valid TOML: ", error.getMessage().substring(0, (file + ":3:1: this is not valid TOML: ").length()),
				error.getMessage());
	}

	@Test
	void wrongValuesAreErrorsThatShowTheRightForm() throws Exception {
		var file = write("mode = \"fast\"\n");
		assertError(file + ":1:1: mode is auto, step or review, not \"fast\".");
		write("[permissions]\nallow = \"read\"\n");
		assertError(file + ":2:1: permissions.allow is a list of risks, as in allow = [\"read\", \"write\"]");
		write("[permissions]\nallow = [\"read\", \"delete\"]\n");
		assertError(file + ":2:1: permissions.allow takes read, write, execute or network (comma-separated), not \"delete\".");
		write("[budget]\nmax_tokens = \"lots\"\n");
		assertError(file + ":2:1: budget.max_tokens is a whole number (0 for no cap), as in max_tokens = 200000");
		write("[budget]\nmax_cost = -1.0\n");
		assertError(file + ":2:1: budget.max_cost is an amount of US dollars (0 for no cap), as in max_cost = 1.50");
		write("model = 7\n");
		assertError(file + ":1:1: model is a text in quotes, as in mode = \"review\" or model = \"Local Ollama/qwen2.5\"");
	}

	private void assertError(String message) {
		var error = assertThrows(UsageException.class, () -> ProfileReader.read(workspace));
		assertEquals(message, error.getMessage());
	}

	private Path write(String text) throws IOException {
		return Files.writeString(workspace.resolve(".pi-assistant.toml"), text);
	}
}
