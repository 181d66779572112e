package dev.piassistant.planning.internal.hooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The hooks in force: those of the user ({@code settings.json} in the Pi home, run in the workspace folder),
 * of the workspace's root and of each project folder directly inside it ({@code .pi/settings.json}, run in that
 * folder). Files that cannot be read are kept as problems; the hooks of the other files still run.
 */
public record Hooks(List<Hook> hooks, List<HookSettings.Problem> problems) {

	public static final Hooks NONE = new Hooks(List.of(), List.of());
	static final String SETTINGS = "settings.json";

	public Hooks {
		hooks = List.copyOf(hooks);
		problems = List.copyOf(problems);
	}

	public static Hooks load(Path piHome, Path workspace) {
		var hooks = new ArrayList<Hook>();
		var problems = new ArrayList<HookSettings.Problem>();
		HookSettings.read(piHome.resolve(SETTINGS), workspace, hooks, problems);
		HookSettings.read(workspace.resolve(".pi").resolve(SETTINGS), workspace, hooks, problems);
		try (Stream<Path> children = Files.list(workspace)) {
			children.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith(".")).sorted()
					.forEach(dir -> HookSettings.read(dir.resolve(".pi").resolve(SETTINGS), dir, hooks, problems));
		} catch (IOException e) {
			// A workspace that cannot be listed has the user's hooks only.
		}
		return new Hooks(hooks, problems);
	}

	/** The hooks to run at a point, for a tool (null at points without one), in the order configured. */
	public List<Hook> at(HookPoint point, @Nullable String toolName) {
		return hooks.stream().filter(hook -> hook.point() == point && hook.matches(toolName)).toList();
	}
}
