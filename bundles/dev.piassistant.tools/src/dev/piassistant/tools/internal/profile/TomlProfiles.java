package dev.piassistant.tools.internal.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.tomlj.Toml;

import dev.piassistant.core.profile.ProfileException;
import dev.piassistant.core.profile.ProjectProfile;
import dev.piassistant.core.profile.ProjectProfiles;

/**
 * Reads {@code .pi-assistant.toml} with tomlj, and keeps each file's profile until the file changes: the
 * permission engine asks at every tool call.
 */
@Component(service = ProjectProfiles.class)
public final class TomlProfiles implements ProjectProfiles {

	private record Read(FileTime modified, long size, ProjectProfile profile) {
	}

	private final Map<Path, Read> cache = new ConcurrentHashMap<>();

	@Override
	public ProjectProfile read(Path folder) throws ProfileException {
		var file = folder.resolve(ProjectProfile.FILE_NAME);
		if (!Files.isRegularFile(file)) {
			cache.remove(file);
			return ProjectProfile.NONE;
		}
		try {
			var modified = Files.getLastModifiedTime(file);
			var size = Files.size(file);
			var known = cache.get(file);
			if (known != null && known.modified().equals(modified) && known.size() == size) {
				return known.profile();
			}
			var profile = parse(file);
			cache.put(file, new Read(modified, size, profile));
			return profile;
		} catch (IOException e) {
			throw new ProfileException(file, ProfileException.Problem.UNREADABLE, "", 0, 0, String.valueOf(e.getMessage()));
		}
	}

	/** Reads one file, uncached. */
	public static ProjectProfile parse(Path file) throws IOException, ProfileException {
		var toml = Toml.parse(file);
		if (toml.hasErrors()) {
			var error = toml.errors().get(0);
			throw new ProfileException(file, ProfileException.Problem.SYNTAX, "", error.position().line(), error.position().column(),
					error.getMessage());
		}
		return new ProfileValues(file, toml).profile();
	}
}
