package dev.piassistant.memory.internal.index;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/** How a file is read, by its name; null for files the memory leaves alone (binaries, build output...). */
public enum FileKind {
	JAVA, MARKDOWN, TEXT;

	private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "adoc", "rst", "properties", "xml", "json", "yaml",
			"yml", "toml", "gradle", "kts", "kt", "scala", "groovy", "py", "js", "mjs", "ts", "tsx", "jsx", "c", "h", "cpp",
			"hpp", "cc", "go", "rs", "rb", "php", "cs", "sh", "bash", "sql", "html", "css", "ini", "cfg", "conf", "mf", "proto");
	private static final Set<String> TEXT_NAMES = Set.of("Dockerfile", "Makefile", "Jenkinsfile", "README", "CHANGELOG");
	/** Folders never indexed: version control, build output, dependencies, IDE metadata. */
	private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".svn", ".hg", "target", "bin", "build", "out",
			"node_modules", ".metadata", ".gradle", ".idea", ".settings", "__pycache__", ".venv");

	public static @Nullable FileKind of(String fileName) {
		var dot = fileName.lastIndexOf('.');
		var extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (extension.equals("java")) {
			return JAVA;
		}
		if (extension.equals("md") || extension.equals("markdown")) {
			return MARKDOWN;
		}
		if (TEXT_EXTENSIONS.contains(extension) || TEXT_NAMES.contains(fileName)) {
			return TEXT;
		}
		return null;
	}

	/** Whether a folder is walked: hidden folders are not, except {@code .pi} (knowledge files). */
	public static boolean walks(String folderName) {
		if (SKIPPED_FOLDERS.contains(folderName)) {
			return false;
		}
		return !folderName.startsWith(".") || folderName.equals(".pi");
	}

	/** Knowledge files: markdown under a root's {@code .pi/knowledge} folder, or the user's knowledge root. */
	public static boolean isKnowledge(String root, String path) {
		return root.equals(KnowledgeRoot.NAME) || path.startsWith(".pi/knowledge/");
	}
}
