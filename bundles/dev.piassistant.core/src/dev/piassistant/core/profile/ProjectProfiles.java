package dev.piassistant.core.profile;

import java.nio.file.Path;

/** Reads project profiles. Register one as an OSGi service. */
public interface ProjectProfiles {

	/**
	 * The profile at a folder's root ({@value ProjectProfile#FILE_NAME}), or {@link ProjectProfile#NONE} when
	 * it has none.
	 *
	 * @throws ProfileException when the file cannot be read, is not TOML, or a known key has a value of the
	 *                          wrong kind
	 */
	ProjectProfile read(Path folder) throws ProfileException;
}
