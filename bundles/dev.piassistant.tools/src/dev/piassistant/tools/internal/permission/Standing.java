package dev.piassistant.tools.internal.permission;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.profile.ProfileException;
import dev.piassistant.core.profile.ProjectProfile;
import dev.piassistant.core.profile.ProjectProfiles;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.GrantTemplate;
import dev.piassistant.core.tool.PermissionRules;

/**
 * The standing rules that apply to a call: those of the project profiles on the way from the workspace root to
 * the files the call touches, and the user's, with templates expanded and each rule knowing where it comes from.
 */
final class Standing {

	/** A rule and who made it, for the decision to name. */
	record Rule(GrantTarget target, String source, boolean user) {
	}

	final List<Rule> allow = new ArrayList<>();
	final List<Rule> ask = new ArrayList<>();
	final List<Rule> deny = new ArrayList<>();
	/** The tools a profile limits calls to, with the profile's file; empty when none limits them. */
	final List<ProjectProfile> limiting = new ArrayList<>();
	/** A profile that could not be read: its rules are unknown, so nothing is allowed by standing rules. */
	Optional<ProfileException> broken = Optional.empty();

	private final Templates templates;

	private Standing(Templates templates) {
		this.templates = templates;
	}

	static Standing of(ProjectProfiles profiles, PermissionRules userRules, Templates templates, WorkspacePaths paths,
			List<Fact> facts) {
		var standing = new Standing(templates);
		for (var folder : folders(paths, facts)) {
			try {
				var profile = profiles.read(folder);
				profile.file().ifPresent(file -> standing.add(profile.permissions(), paths.relative(file), false));
				if (profile.tools().isPresent()) {
					standing.limiting.add(profile);
				}
			} catch (ProfileException e) {
				standing.broken = Optional.of(e);
			}
		}
		standing.add(userRules, "", true);
		return standing;
	}

	/** The workspace root, then each folder between it and a file the call touches. */
	private static Set<Path> folders(WorkspacePaths paths, List<Fact> facts) {
		var folders = new LinkedHashSet<Path>();
		folders.add(paths.workspace());
		for (var fact : facts) {
			if (fact instanceof Fact.FileUse file && file.path().startsWith(paths.workspace())) {
				var chain = new ArrayList<Path>();
				for (var folder = file.path().getParent(); folder != null && folder.startsWith(paths.workspace())
						&& !folder.equals(paths.workspace()); folder = folder.getParent()) {
					chain.add(0, folder);
				}
				folders.addAll(chain);
			}
		}
		return folders;
	}

	private void add(PermissionRules rules, String source, boolean user) {
		rules.allow().forEach(target -> templates.expand(target).forEach(each -> allow.add(new Rule(each, source, user))));
		rules.ask().forEach(target -> templates.expand(target).forEach(each -> ask.add(new Rule(each, source, user))));
		rules.deny().forEach(target -> templates.expand(target).forEach(each -> deny.add(new Rule(each, source, user))));
	}

	/** The profile whose tool list leaves this tool out, if any. */
	Optional<ProjectProfile> excluding(String tool) {
		return limiting.stream().filter(profile -> profile.tools().orElse(List.of()).stream().noneMatch(pattern -> matches(pattern, tool)))
				.findFirst();
	}

	private static boolean matches(String pattern, String tool) {
		if (pattern.equals(tool)) {
			return true;
		}
		try {
			return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(tool));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}


	/** Templates by name, expanded recursively (a template may name others), cycles cut. */
	record Templates(List<GrantTemplate> all) {

		List<GrantTarget> expand(GrantTarget target) {
			var expanded = new ArrayList<GrantTarget>();
			expand(target, expanded, new LinkedHashSet<>());
			return expanded;
		}

		private void expand(GrantTarget target, List<GrantTarget> into, Set<String> seen) {
			if (!(target instanceof GrantTarget.Template template)) {
				into.add(target);
				return;
			}
			if (!seen.add(template.name())) {
				return;
			}
			all.stream().filter(each -> each.name().equals(template.name())).findFirst()
					.ifPresent(found -> found.targets().forEach(each -> expand(each, into, seen)));
		}
	}
}
