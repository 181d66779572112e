package dev.piassistant.tools.jdt.internal;

import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.jdt.internal.junit.TestReport;
import dev.piassistant.tools.jdt.internal.junit.TestRun;
import dev.piassistant.tools.jdt.internal.junit.TestSelection;
import dev.piassistant.tools.jdt.internal.problems.JavaProblems;
import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * {@code java_run_tests}: runs JUnit tests of a Java project through JDT's JUnit launching, in their own JVM as Eclipse's
 * "Run As > JUnit Test" does, and answers with the results JDT's test-run model parsed: counts, each failure with its
 * message and the user's frames, the time taken. It runs programs, so it is asked like a shell command.
 */
@Component(service = ToolProvider.class)
public final class JavaTestTools implements ToolProvider {

	private static final int DEFAULT_TIMEOUT = 300;
	private static final int DEFAULT_OUTPUT = 20_000;
	private static final int ERRORS_SHOWN = 20;

	@Override
	public List<Tool> tools() {
		var parameters = Schema.object().string("project", "The Java project whose tests to run (its name in the workspace)", true)
				.string("type", "Only this test class, fully qualified (e.g. com.acme.CartTest)", false)
				.string("method", "Only this test method of the class given as type", false)
				.string("package", "Only the tests of this package (when no type is given)", false)
				.integer("timeoutSeconds", "Stop the test JVM after this long; default 300", 5, 3_600, false)
				.integer("maxOutputChars", "Keep at most this much of the report; default 20000", 1_000, 200_000, false).build();
		return List.of(new Tool("java_run_tests", "Run JUnit tests (JUnit 5 or 4) of a Java project with Eclipse's JUnit "
				+ "launcher, in a separate JVM, after building the project. The result gives the counts (run, passed, "
				+ "failed, errors, ignored), each failed test with its message and the lines of the project's code in its "
				+ "stack trace, and the time taken. A project with compile errors is not run: the errors are listed.",
				parameters, Risk.EXECUTE, this::run));
	}

	private ToolResult run(ToolInvocation call) throws Exception {
		var context = call.context();
		TestSelection selection;
		try {
			selection = TestSelection.of(call.text("project", "").strip(), call.text("type", "").strip(),
					call.text("package", "").strip(), call.text("method", "").strip());
		} catch (TestSelection.UnknownTestsException e) {
			return ToolResult.error(e.getMessage());
		}
		context.progress("building " + selection.project().getElementName());
		var errors = compileErrors(selection, context);
		if (!errors.isEmpty()) {
			return ToolResult.error("The tests were not run: " + selection.project().getElementName() + " does not compile. "
					+ JavaProblems.text(errors, ERRORS_SHOWN));
		}
		try {
			var configuration = selection.configuration();
			context.progress("running " + selection.describe());
			var outcome = new TestRun().run(configuration, context,
					Duration.ofSeconds(call.number("timeoutSeconds", DEFAULT_TIMEOUT)));
			return new TestReport(context.workspace(), (int) call.number("maxOutputChars", DEFAULT_OUTPUT))
					.of(selection, outcome);
		} catch (TestSelection.UnknownTestsException e) {
			return ToolResult.error(e.getMessage());
		}
	}

	/** The compile errors of the project after building it: a JVM would only meet them as "unresolved compilation". */
	private static List<JavaProblems.Problem> compileErrors(TestSelection selection, ToolContext context)
			throws Exception {
		var project = selection.project().getProject();
		var folder = new Places(context.workspace()).path(project);
		var problems = new JavaProblems(context.workspace(), new CallMonitor(context));
		problems.refreshAndBuild(List.of(folder));
		return problems.errors(List.of()).stream().filter(problem -> problem.path().startsWith(folder + "/")).toList();
	}
}
