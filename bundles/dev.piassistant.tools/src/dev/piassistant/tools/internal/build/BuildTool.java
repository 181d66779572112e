package dev.piassistant.tools.internal.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.ToolSupport;
import dev.piassistant.tools.internal.WorkspaceFiles;
import dev.piassistant.tools.internal.run.ProcessRunner;
import dev.piassistant.tools.internal.secrets.Environment;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * {@code run_tests}: runs a project's tests with Maven or Gradle (its wrapper when it has one), then reads the
 * JUnit reports the run wrote: counts, and each failing test with its message and line. A build that fails
 * before any test runs is reported with the end of its output, where the compiler's errors are.
 */
@Component(service = ToolProvider.class)
public final class BuildTool implements ToolProvider {

	private static final int DEFAULT_TIMEOUT = 900;
	private static final int OUTPUT = 200_000;
	private static final int SHOWN_FAILURES = 30;

	private final ToolSupport support;

	@Activate
	public BuildTool(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Override
	public List<Tool> tools() {
		var parameters = Schema.object().string("path", "The project folder, relative to the workspace (default: the workspace)", false)
				.choice("tool", "maven, gradle, or reports to read the JUnit reports already there (default: found from the project)",
						List.of("maven", "gradle", "reports"), false)
				.string("goals", "What to run (default: test); e.g. verify, or clean test", false)
				.string("test", "Only tests matching this, e.g. FooTest or FooTest#equality", false)
				.integer("timeoutSeconds", "Stop the build (and everything it started) after this long; default 900", 10, 7200, false).build();
		return List.of(new Tool("run_tests", "Run the tests of a Maven or Gradle project and return which failed, with messages and "
				+ "locations; or read the JUnit reports a build left.", parameters, Risk.EXECUTE, call -> support.scrub(run(call)),
				this::accesses));
	}

	private List<Access> accesses(JsonNode arguments) {
		var folder = arguments.path("path").asText("");
		if (arguments.path("tool").asText("").equals("reports")) {
			return List.of(new Access.File(folder.isBlank() ? "." : folder, Access.FileOp.READ));
		}
		return List.of(new Access.Program(command(arguments, null), folder));
	}

	/** The command line: the build tool (or its wrapper, when the project folder is known and has one) and its arguments. */
	static List<String> command(JsonNode arguments, Path project) {
		var gradle = arguments.path("tool").asText("").equals("gradle")
				|| arguments.path("tool").asText("").isEmpty() && project != null && isGradle(project);
		var words = new ArrayList<String>();
		if (gradle) {
			words.add(project != null && Files.isExecutable(project.resolve("gradlew")) ? "./gradlew" : "gradle");
			words.add("--console=plain");
		} else {
			words.add(project != null && Files.isExecutable(project.resolve("mvnw")) ? "./mvnw" : "mvn");
			words.add("-B");
		}
		var goals = arguments.path("goals").asText("test").strip();
		words.addAll(List.of((goals.isEmpty() ? "test" : goals).split("\\s+")));
		var test = arguments.path("test").asText("").strip();
		if (!test.isEmpty()) {
			words.addAll(gradle ? List.of("--tests", test.replace('#', '.')) : List.of("-Dtest=" + test, "-Dsurefire.failIfNoSpecifiedTests=false"));
		}
		return words;
	}

	private static boolean isGradle(Path project) {
		return !Files.exists(project.resolve("pom.xml")) && (Files.exists(project.resolve("build.gradle"))
				|| Files.exists(project.resolve("build.gradle.kts")) || Files.exists(project.resolve("settings.gradle")));
	}

	private ToolResult run(ToolInvocation call) throws Exception {
		var context = call.context();
		var project = WorkspaceFiles.resolve(context, call.text("path", "."));
		if (!Files.isDirectory(project)) {
			return ToolResult.error("There is no project folder " + call.text("path", ".") + ".");
		}
		if (call.text("tool", "").equals("reports")) {
			return Summaries.report(TestReports.read(project, FileTime.fromMillis(0)), null);
		}
		if (!Files.exists(project.resolve("pom.xml")) && !isGradle(project)) {
			return ToolResult.error("There is no pom.xml or build.gradle in " + WorkspaceFiles.shown(context, project)
					+ ": name the project folder with path.");
		}
		var command = command(call.arguments(), project);
		context.progress(String.join(" ", command));
		var since = FileTime.from(Instant.now().minusSeconds(1));
		var timeout = Duration.ofSeconds(call.number("timeoutSeconds", DEFAULT_TIMEOUT));
		var result = ProcessRunner.run(command, project, Environment.forCommands(System.getenv()), timeout, OUTPUT, context);
		if (result.cancelled() || result.timedOut()) {
			return dev.piassistant.tools.internal.run.Reports.of(result, timeout);
		}
		return Summaries.report(TestReports.read(project, since), result);
	}

	static int shownFailures() {
		return SHOWN_FAILURES;
	}
}
