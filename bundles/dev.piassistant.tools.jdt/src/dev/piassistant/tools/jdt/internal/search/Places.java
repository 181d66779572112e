package dev.piassistant.tools.jdt.internal.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.ISourceReference;
import org.eclipse.jdt.core.ITypeRoot;
import org.eclipse.jdt.core.JavaModelException;

/**
 * Where an element or a match is, as the model reads it: the file relative to the workspace and the line, with the
 * line's text. Sources are read once per file.
 */
public final class Places {

	private final Path workspace;
	private final Map<ITypeRoot, String> sources = new HashMap<>();

	public Places(Path workspace) {
		this.workspace = workspace;
	}

	/** The file of a resource: relative to the workspace when inside it, else absolute. */
	public String path(IResource resource) {
		var location = resource.getLocation();
		if (location == null) {
			return resource.getFullPath().toString().replaceFirst("^/", "");
		}
		return relative(workspace, location.toPath());
	}

	public static String relative(Path workspace, Path file) {
		var absolute = file.toAbsolutePath().normalize();
		var root = workspace.toAbsolutePath().normalize();
		return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
	}

	/** {@code path:line} of an offset in an element's file, or the library it comes from. */
	public String at(IJavaElement element, int offset) throws JavaModelException {
		var root = (ITypeRoot) element.getAncestor(IJavaElement.COMPILATION_UNIT);
		if (root == null) {
			var library = element.getAncestor(IJavaElement.PACKAGE_FRAGMENT_ROOT);
			return "(library " + (library == null ? element.getPath() : library.getElementName()) + ")";
		}
		var source = source(root);
		var resource = root.getResource();
		var file = resource == null ? root.getPath().toString() : path(resource);
		return offset < 0 || source.isEmpty() ? file : file + ":" + line(source, offset);
	}

	/** {@code path:line} of an element's declaration (its name). */
	public String declaration(IJavaElement element) throws JavaModelException {
		if (element instanceof ISourceReference source && !element.isReadOnly() && source.getNameRange() != null) {
			return at(element, source.getNameRange().getOffset());
		}
		return at(element, -1);
	}

	/** The text of the line an offset is in, trimmed. */
	public String lineText(IJavaElement element, int offset) throws JavaModelException {
		var root = (ITypeRoot) element.getAncestor(IJavaElement.COMPILATION_UNIT);
		if (root == null || offset < 0) {
			return "";
		}
		var source = source(root);
		if (offset > source.length()) {
			return "";
		}
		var start = Math.max(source.lastIndexOf('\n', offset - 1) + 1, 0);
		var end = source.indexOf('\n', offset);
		return source.substring(start, end < 0 ? source.length() : end).strip();
	}

	private String source(ITypeRoot root) throws JavaModelException {
		var source = sources.get(root);
		if (source == null) {
			var text = root.getSource();
			source = text == null ? "" : text;
			sources.put(root, source);
		}
		return source;
	}

	private static int line(String source, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < source.length(); i++) {
			if (source.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
