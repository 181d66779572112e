package dev.piassistant.core.tool;

import java.nio.file.Path;
import java.util.List;

/**
 * What the IDE knows about the workspace that its folder does not say: the folders of its projects (which may lie
 * outside the workspace folder, and count as inside it for permissions) and derived resources (build output,
 * which searches skip). The IDE offers one as an OSGi service; the command line has none.
 */
public interface WorkspaceModel {

	/** The folders of the open projects. */
	List<Path> projectFolders();

	/** Whether a file or folder is derived (marked so in the IDE: build output), so searches skip it. */
	boolean isDerived(Path path);
}
