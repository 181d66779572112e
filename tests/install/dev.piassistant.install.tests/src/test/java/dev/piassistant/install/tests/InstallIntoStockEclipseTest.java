package dev.piassistant.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a user does: install Pi Assistant from its update site into a stock Eclipse IDE with that Eclipse's
 * own p2 director, then start it. A probe bundle, installed from a repository of its own, opens the Agent
 * view in the started Eclipse and reports what it saw. Everything happens in a copy under target/.
 */
class InstallIntoStockEclipseTest {

	private static final String FEATURE = "dev.piassistant.feature";
	private static final String PROBE = "dev.piassistant.install.probe";
	private static final String PROBE_OUTPUT_PROPERTY = "piassistant.installprobe.out";
	private static final String AGENT_VIEW = "dev.piassistant.ui.chat.internal.AgentView";
	private static final Set<String> RESOLVED = Set.of("ACTIVE", "RESOLVED", "STARTING");
	private static final Duration DIRECTOR_TIMEOUT = Duration.ofMinutes(3);
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@RegisterExtension
	static final LogsOnFailure LOGS = new LogsOnFailure();

	private static Path site;
	private static Path scratch;
	private static Installation eclipse;
	private static Set<String> pluginsBeforeInstall;
	private static Set<String> featuresBeforeInstall;
	private static Set<String> featurePlugins;
	private static ProbeReport report;
	private static Path workspaceLog;

	@BeforeAll
	static void installIntoStockEclipseAndStartIt() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "DISPLAY: the test starts Eclipse, which needs a display (Xvfb in CI)");
		site = existing("piassistant.install.site");
		scratch = emptied(Path.of(System.getProperty("piassistant.install.scratch")));
		eclipse = Installation.copyOf(existing("piassistant.install.stockEclipse"), scratch.resolve("eclipse"));
		eclipse.forgetBuildRepositories();
		LOGS.addLogsIn(eclipse.home().resolve("configuration"));
		pluginsBeforeInstall = eclipse.pluginIds();
		featuresBeforeInstall = eclipse.featureIds();
		featurePlugins = FeatureContent.plugins(site, FEATURE);
		System.out.printf("[install-test] stock Eclipse: %d MB, %d bundles%n", eclipse.sizeInBytes() / 1_000_000,
				pluginsBeforeInstall.size());
		install();
		startWithProbe();
	}

	private static void install() throws IOException, InterruptedException {
		var repositories = site.toUri() + "," + existing("piassistant.install.probeRepository").toUri();
		var log = scratch.resolve("director.log");
		LOGS.add(log);
		var result = JavaRun.run(eclipseCommand(List.of(), "-nosplash", "-application", "org.eclipse.equinox.p2.director",
				"-repository", repositories, "-installIU", FEATURE + ".feature.group," + PROBE,
				"-destination", eclipse.home().toString(), "-profile", eclipse.profileName()), eclipse.home(), log, DIRECTOR_TIMEOUT);
		timing("director install", result.took());
		assertEquals(0, result.exitCode(), "exit code of the p2 director");
		assertTrue(result.output().contains("Operation completed"), "the director reports 'Operation completed'");
	}

	private static void startWithProbe() throws IOException, InterruptedException {
		var workspace = scratch.resolve("workspace");
		var probeOutput = scratch.resolve("probe.properties");
		var console = scratch.resolve("eclipse-console.log");
		workspaceLog = workspace.resolve(".metadata/.log");
		LOGS.add(console);
		LOGS.add(workspaceLog);
		// Pi Assistant's settings and secure storage stay in the scratch folder, never the user's.
		var result = JavaRun.run(eclipseCommand(List.of("-Dpiassistant.home=" + scratch.resolve("pi-home"),
				"-D" + PROBE_OUTPUT_PROPERTY + "=" + probeOutput), "-nosplash", "-data", workspace.toString(),
				"-eclipse.keyring", scratch.resolve("secure_storage").toString(),
				"-eclipse.password", existing("piassistant.install.password").toString()), eclipse.home(), console, START_TIMEOUT);
		timing("start and probe", result.took());
		assertEquals(0, result.exitCode(), "exit code of the installed Eclipse");
		assertTrue(Files.exists(probeOutput), "the probe wrote " + probeOutput + " (was it installed and started?)");
		report = ProbeReport.read(probeOutput);
	}

	/** Java with the options of eclipse.ini, as the native launcher would start it; the user's home left alone. */
	private static List<String> eclipseCommand(List<String> properties, String... arguments) throws IOException {
		var command = new ArrayList<String>();
		command.add(JavaRun.java().toString());
		command.addAll(eclipse.vmArgs());
		command.add("-Duser.home=" + scratch.resolve("home"));
		command.addAll(properties);
		command.add("-jar");
		command.add(eclipse.launcherJar().toString());
		command.addAll(List.of(arguments));
		return command;
	}

	@Test
	void stockEclipseHadNoPiAssistantBeforeTheInstall() {
		assertEquals(List.of(), piAssistant(pluginsBeforeInstall), "Pi Assistant bundles in the stock Eclipse");
		assertFalse(featuresBeforeInstall.contains(FEATURE), FEATURE + " in the stock Eclipse");
	}

	@Test
	void directorInstalledEveryBundleOfTheFeature() throws IOException {
		var installed = eclipse.pluginIdsWithVersions();
		var missing = featurePlugins.stream().filter(plugin -> !installed.contains(plugin)).toList();
		assertEquals(List.of(), missing, "bundles of " + FEATURE + " missing from " + eclipse.home().resolve("plugins"));
	}

	@Test
	void agentViewOpensAsTheRealView() {
		assertEquals(Optional.empty(), report.get("probe.failure"), "the probe failed");
		assertEquals(Optional.empty(), report.get("view.failure"), "showView failed");
		// Eclipse returns its ErrorViewPart, not an exception, when the view cannot be created.
		assertEquals(Optional.of(AGENT_VIEW), report.get("view.class"), "the part showView returned");
		// A fresh Pi home has no provider, so the view offers to connect one; "none" means its services never came.
		assertEquals(Optional.of("connect"), report.get("view.content"), "what the Agent view shows");
	}

	@Test
	void everyPiAssistantBundleResolves() {
		var states = report.bundleStates();
		var ours = new TreeSet<>(featurePlugins);
		ours.addAll(piAssistant(states.keySet()));
		var unresolved = ours.stream().filter(bundle -> !RESOLVED.contains(states.get(bundle)))
				.map(bundle -> bundle + ": " + states.getOrDefault(bundle, "not in the running Eclipse")).toList();
		assertEquals(List.of(), unresolved, "Pi Assistant bundles not resolved (INSTALLED means unresolved)");
	}

	/** Catches an install that displaces one of Eclipse's own bundles (a singleton, a library version). */
	@Test
	void installedEclipseHasNoUnresolvedBundle() {
		var unresolved = report.bundleStates().entrySet().stream().filter(bundle -> !RESOLVED.contains(bundle.getValue()))
				.map(bundle -> bundle.getKey() + ": " + bundle.getValue()).toList();
		assertEquals(List.of(), unresolved, "bundles not resolved in the installed Eclipse");
	}

	@Test
	void noErrorIsLoggedAboutPiAssistant() throws IOException {
		var errors = new ArrayList<>(report.errors());
		errors.addAll(EclipseLog.errors(workspaceLog));
		errors.stream().filter(error -> !aboutPiAssistant(error))
				.forEach(error -> System.out.println("[install-test] other error logged: " + error.lines().findFirst().orElse("")));
		assertEquals(List.of(), errors.stream().filter(InstallIntoStockEclipseTest::aboutPiAssistant).toList(),
				"errors logged about Pi Assistant or its view");
	}

	private static boolean aboutPiAssistant(String error) {
		return error.contains("dev.piassistant") || error.contains("agentView");
	}

	private static List<String> piAssistant(Collection<String> ids) {
		return ids.stream().filter(id -> id.startsWith("dev.piassistant")).toList();
	}

	private static Path existing(String property) {
		var value = System.getProperty(property);
		assertNotNull(value, "system property " + property);
		var path = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.exists(path), property + " = " + path + " does not exist: build its module first");
		return path;
	}

	private static Path emptied(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}

	private static void timing(String what, Duration took) {
		System.out.printf("[install-test] %s: %.1f s%n", what, took.toMillis() / 1000.0);
	}
}
