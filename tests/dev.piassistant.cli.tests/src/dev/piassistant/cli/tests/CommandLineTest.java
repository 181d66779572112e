package dev.piassistant.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.piassistant.cli.internal.args.Command;
import dev.piassistant.cli.internal.args.CommandLine;
import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.tool.Risk;

class CommandLineTest {

	@Test
	void runWithEveryOption() throws UsageException {
		var run = run("run", "--workspace", "/tmp/ws", "--model", "Local Ollama/qwen2.5", "--pin", "--mode", "review",
				"--allow", "read,write", "--max-tokens", "200k", "--max-cost", "$1.50", "--json", "fix", "the", "tests");
		assertEquals(Optional.of(Path.of("/tmp/ws")), run.common().workspace());
		assertEquals(Optional.of("Local Ollama/qwen2.5"), run.model());
		assertTrue(run.pin());
		assertEquals(Optional.of(ApprovalMode.REVIEW_PLAN), run.mode());
		assertEquals(Set.of(Risk.READ, Risk.WRITE), run.common().allow());
		assertEquals(OptionalLong.of(200_000), run.maxTokens());
		assertEquals(OptionalDouble.of(1.5), run.maxCost());
		assertTrue(run.common().json());
		assertFalse(run.common().quiet());
		assertFalse(run.common().yes());
		assertEquals("fix the tests", run.prompt(), "the words of the task, joined");
	}

	@Test
	void optionsMayComeAfterTheTaskAndTakeTheirValueAfterAnEqualsSign() throws UsageException {
		var run = run("run", "explain this project", "--mode=step", "-q", "--allow=execute", "--allow", "network", "-y");
		assertEquals("explain this project", run.prompt());
		assertEquals(Optional.of(ApprovalMode.STEP_BY_STEP), run.mode());
		assertTrue(run.common().quiet());
		assertTrue(run.common().yes());
		assertEquals(Set.of(Risk.EXECUTE, Risk.NETWORK), run.common().allow(), "--allow may be repeated; the risks add up");
	}

	@Test
	void aDoubleDashEndsTheOptions() throws UsageException {
		var run = run("run", "--json", "--", "--explain", "-x", "flags");
		assertTrue(run.common().json());
		assertEquals("--explain -x flags", run.prompt());
	}

	@Test
	void aDashAloneIsTheTaskFromStandardInput() throws UsageException {
		assertEquals("-", run("run", "-").prompt());
	}

	@Test
	void tokenCountsAndCostsInTheFormsPeopleWriteThem() throws UsageException {
		assertEquals(OptionalLong.of(1_500_000), run("run", "--max-tokens", "1.5M", "x").maxTokens());
		assertEquals(OptionalLong.of(200_000), run("run", "--max-tokens", "200_000", "x").maxTokens());
		assertEquals(OptionalLong.of(0), run("run", "--max-tokens", "0", "x").maxTokens(), "0 lifts the cap");
		assertEquals(OptionalDouble.of(0.25), run("run", "--max-cost", "0.25", "x").maxCost());
	}

	@Test
	void eclipseSecureStorageOptionsAreLeftToEquinox() throws UsageException {
		var run = run("run", "-eclipse.keyring", "/home/me/.pi-keyring", "--json", "-eclipse.password", "/home/me/.pi-pw", "hi");
		assertEquals("hi", run.prompt());
		assertTrue(run.common().json());
	}

	@Test
	void resumeTakesATaskIdOrNone() throws UsageException {
		var latest = (Command.Resume) CommandLine.parse(List.of("resume", "--workspace", "ws", "--yes"));
		assertEquals(Optional.empty(), latest.task());
		assertTrue(latest.common().yes());
		var chosen = (Command.Resume) CommandLine.parse(List.of("resume", "--task", "3f2a91c0", "--json"));
		assertEquals(Optional.of("3f2a91c0"), chosen.task());
	}

	@Test
	void helpInEveryForm() throws UsageException {
		assertEquals(new Command.Help(Optional.empty()), CommandLine.parse(List.of()));
		assertEquals(new Command.Help(Optional.empty()), CommandLine.parse(List.of("help")));
		assertEquals(new Command.Help(Optional.empty()), CommandLine.parse(List.of("--help")));
		assertEquals(new Command.Help(Optional.of("run")), CommandLine.parse(List.of("help", "run")));
		assertEquals(new Command.Help(Optional.of("run")), CommandLine.parse(List.of("run", "--help")));
		assertEquals(new Command.Help(Optional.of("resume")), CommandLine.parse(List.of("resume", "-h")));
	}

	@Test
	void auditChoosesEntriesByTaskToolAndDecisionTheNewestFiftyByDefault() throws UsageException {
		var audit = (Command.Audit) CommandLine.parse(List.of("audit", "--tool", "shell", "--decision=deny", "--limit", "5"));
		assertEquals(AuditFilter.ALL.withTool("shell").withDecision("deny").limitedTo(5), audit.filter());
		assertFalse(audit.verify());
		var all = (Command.Audit) CommandLine.parse(List.of("audit", "--verify", "--workspace", "/tmp/ws"));
		assertEquals(AuditFilter.ALL.limitedTo(CommandLine.AUDIT_LIMIT), all.filter());
		assertTrue(all.verify());
		assertEquals(Optional.of(Path.of("/tmp/ws")), all.common().workspace());
		assertEquals(new Command.Help(Optional.of("audit")), CommandLine.parse(List.of("help", "audit")));
	}

	@Test
	void usageErrorsSayWhatIsWrongAndWhatToTypeInstead() {
		assertUsage("unknown command \"go\". The commands are run, resume, index, mcp, audit and help.", "go");
		assertUsage("pi run needs a task, as in: pi run \"explain what this project does\"", "run", "--json");
		assertUsage("unknown option --jsn for pi run. Type \"pi help run\" for its options, or put the task after -- if it starts with a dash.",
				"run", "--jsn", "task");
		assertUsage("--mode is auto, step or review, not \"fast\".", "run", "--mode", "fast", "x");
		assertUsage("--allow takes read, write, execute or network (comma-separated), not \"delete\".", "run", "--allow", "read,delete", "x");
		assertUsage("--max-tokens is a whole number of tokens such as 200000, 200k or 1.5M (0 for no cap), not \"lots\".",
				"run", "--max-tokens", "lots", "x");
		assertUsage("--max-cost is an amount of US dollars such as 1.50 (0 for no cap), not \"-2\".", "run", "--max-cost", "-2", "x");
		assertUsage("--model needs a value.", "run", "x", "--model");
		assertUsage("--model is given twice.", "run", "--model", "a/b", "--model", "c/d", "x");
		assertUsage("--json takes no value.", "run", "--json=yes", "x");
		assertUsage("pi resume takes no task text (\"fix it\"). To start a new task, use pi run.", "resume", "fix", "it");
		assertUsage("--json comes before the command. Put the command first, as in: pi run --json ...", "--json", "run", "x");
		assertUsage("there is no help on \"deploy\". Try pi help, or pi help with one of run, resume, index, mcp and audit.", "help", "deploy");
		assertUsage("--limit is a whole number of at least 1, not \"0\".", "audit", "--limit", "0");
		assertUsage("pi audit takes no text (\"shell\"): choose entries with --task, --tool and --decision.", "audit", "shell");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--task", "--model", "--pin", "--mode" })
	void optionsOfOneCommandAreNotTakenByTheOther(String option) {
		var arguments = option.equals("--task") ? List.of("run", option, "x", "task") : List.of("resume", option, "x");
		var error = assertThrows(UsageException.class, () -> CommandLine.parse(arguments));
		assertTrue(error.getMessage().startsWith("unknown option " + option), error.getMessage());
	}

	@Test
	void mcpServesAWorkspaceWithWhatIsAllowedUpFront() throws UsageException {
		var mcp = (Command.Mcp) CommandLine.parse(List.of("mcp", "--workspace", "/tmp/ws", "--allow", "read,execute", "-q"));
		assertEquals(Optional.of(Path.of("/tmp/ws")), mcp.common().workspace());
		assertEquals(Set.of(Risk.READ, Risk.EXECUTE), mcp.common().allow());
		assertTrue(mcp.common().quiet());
		assertEquals(new Command.Help(Optional.of("mcp")), CommandLine.parse(List.of("mcp", "--help")));
		assertUsage("pi mcp takes no text (\"serve now\"): an MCP client talks to it on standard input.", "mcp", "serve", "now");
	}

	private static Command.Run run(String... arguments) throws UsageException {
		return (Command.Run) CommandLine.parse(List.of(arguments));
	}

	private static void assertUsage(String message, String... arguments) {
		var error = assertThrows(UsageException.class, () -> CommandLine.parse(List.of(arguments)));
		assertEquals(message, error.getMessage());
	}
}
