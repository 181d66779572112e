package dev.piassistant.tools.internal.permission;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.profile.ProjectProfile;
import dev.piassistant.tools.internal.CanonicalPaths;

/**
 * Paths as the engine judges them: canonical (links followed, {@code ..} and {@code ~} resolved, relative paths
 * read against the workspace), inside or outside the allowed roots, credential files, and files no tool may
 * change (the project profile, git's own folder, Eclipse's metadata).
 */
final class WorkspacePaths {

	private static final List<String> CREDENTIAL_FOLDERS = List.of(".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker",
			".password-store", ".config/gh", ".config/gcloud", ".eclipse/org.eclipse.equinox.security", ".local/share/keyrings");
	private static final List<String> CREDENTIAL_NAMES = List.of(".netrc", "_netrc", ".git-credentials", ".pgpass", ".npmrc",
			".pypirc", ".my.cnf", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "credentials", "secure_storage", ".vault-token");
	private static final List<String> SYSTEM_SECRETS = List.of("/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/ssh");

	private final Path workspace;
	private final List<Path> roots;
	private final Path home = canonical(Path.of(System.getProperty("user.home")));

	WorkspacePaths(Path workspace, List<Path> otherRoots) {
		this.workspace = canonical(workspace);
		this.roots = java.util.stream.Stream.concat(java.util.stream.Stream.of(workspace), otherRoots.stream())
				.map(WorkspacePaths::canonical).toList();
	}

	Path workspace() {
		return workspace;
	}

	/** The canonical path of a path as a tool or a command names it; empty when it is no path at all. */
	Optional<Path> resolve(String path, Path directory) {
		try {
			var text = path.strip();
			if (text.equals("~") || text.startsWith("~/")) {
				return Optional.of(canonical(home.resolve(text.equals("~") ? "" : text.substring(2))));
			}
			if (text.startsWith("~")) {
				// ~user: another user's home, outside whatever the workspace is.
				return Optional.of(canonical(home.getParent() == null ? home : home.getParent().resolve(text.substring(1))));
			}
			return Optional.of(canonical(directory.resolve(text)));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	Optional<Path> resolve(String path) {
		return resolve(path, workspace);
	}

	boolean inside(Path canonical) {
		return roots.stream().anyMatch(canonical::startsWith);
	}

	/** Whether the path holds secrets: keys, tokens, passwords. Such files are never read or written. */
	boolean isCredential(Path canonical) {
		var text = canonical.toString();
		if (SYSTEM_SECRETS.stream().anyMatch(text::startsWith)) {
			return true;
		}
		if (canonical.startsWith(home)) {
			var relative = home.relativize(canonical).toString().replace('\\', '/');
			if (CREDENTIAL_FOLDERS.stream().anyMatch(folder -> relative.equals(folder) || relative.startsWith(folder + "/"))) {
				return true;
			}
		}
		if (canonical.startsWith(canonical(PiHome.directory())) && canonical.getFileName() != null
				&& canonical.getFileName().toString().startsWith("keyring")) {
			return true;
		}
		var name = canonical.getFileName() == null ? "" : canonical.getFileName().toString().toLowerCase(Locale.ROOT);
		return CREDENTIAL_NAMES.contains(name) && !inside(canonical) || name.startsWith("id_") && canonical.toString().contains("/.ssh");
	}

	/** Whether the path may hold secrets the project keeps, or Eclipse's and Pi Assistant's own data: such reads are asked. */
	boolean maySecrets(Path canonical) {
		for (var part : canonical) {
			if (part.toString().equals(".metadata")) {
				return true;
			}
		}
		var name = canonical.getFileName() == null ? "" : canonical.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".pem") || name.endsWith(".key")
				|| name.endsWith(".p12") || name.endsWith(".jks") || name.endsWith(".keystore") || CREDENTIAL_NAMES.contains(name);
	}

	/**
	 * Whether no tool may change the path: the project profile (which grants permissions), git's own folder
	 * (hooks and config run programs), Eclipse's metadata (where Pi Assistant keeps its database).
	 */
	boolean isProtected(Path canonical) {
		for (var name : canonical) {
			var text = name.toString();
			if (text.equals(".git") || text.equals(".metadata")) {
				return true;
			}
		}
		return canonical.getFileName() != null && canonical.getFileName().toString().equals(ProjectProfile.FILE_NAME);
	}

	/** The path within the workspace, with forward slashes, for globs; the absolute path outside it. */
	String relative(Path canonical) {
		var relative = canonical.startsWith(workspace) ? workspace.relativize(canonical) : canonical;
		return relative.toString().replace('\\', '/');
	}

	/** Whether a glob of a grant matches the path: globs are read against the workspace, or absolute. */
	boolean matches(String glob, Path canonical) {
		var pattern = glob.strip();
		if (pattern.startsWith("~/")) {
			pattern = home + pattern.substring(1);
		}
		var absolute = pattern.startsWith("/");
		var subject = absolute ? canonical.toString() : relative(canonical);
		if (!absolute && !canonical.startsWith(workspace)) {
			return false;
		}
		try {
			var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
			return matcher.matches(Path.of(subject));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	static Path canonical(Path path) {
		return CanonicalPaths.of(path);
	}
}
