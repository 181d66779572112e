package dev.piassistant.core.change;

import java.util.Set;

/** The agent's tools that change files, all through change sets. */
public final class ChangeTools {

	/** Search/replace blocks in one file. */
	public static final String EDIT_FILE = "edit_file";
	/** A unified diff over one or more files. */
	public static final String APPLY_PATCH = "apply_patch";
	/** A file's whole new content; creates the file when it does not exist. */
	public static final String WRITE_FILE = "write_file";
	public static final String DELETE_FILE = "delete_file";
	public static final String RENAME_FILE = "rename_file";

	private static final Set<String> ALL = Set.of(EDIT_FILE, APPLY_PATCH, WRITE_FILE, DELETE_FILE, RENAME_FILE);

	private ChangeTools() {
	}

	public static boolean isChangeTool(String name) {
		return ALL.contains(name);
	}
}
