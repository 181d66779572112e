package dev.piassistant.ui.chat.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A Java project of the test workspace, as a user's: the Java nature and builder, a source folder and the JRE
 * on its class path, so that Java's compiler marks its errors and Java's search finds its types.
 */
final class JavaProjectFiles implements AutoCloseable {

	static final String CLASSPATH = """
			<?xml version="1.0" encoding="UTF-8"?>
			<classpath>
				<classpathentry kind="src" path="src"/>
				<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER"/>
				<classpathentry kind="output" path="bin"/>
			</classpath>
			""";

	final IProject project;

	JavaProjectFiles(String name) throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		var description = project.getDescription();
		description.setNatureIds(new String[] { "org.eclipse.jdt.core.javanature" });
		var builder = description.newCommand();
		builder.setBuilderName("org.eclipse.jdt.core.javabuilder");
		description.setBuildSpec(new ICommand[] { builder });
		project.setDescription(description, null);
		write(".classpath", CLASSPATH);
	}

	/** Writes a file (its folders made as needed). */
	IFile write(String path, String content) throws CoreException {
		var file = project.getFile(path);
		if (file.getParent() instanceof IFolder folder && !folder.exists()) {
			mkdirs(folder);
		}
		var bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, true, false, null);
		} else {
			file.create(bytes, true, null);
		}
		return file;
	}

	private static void mkdirs(IFolder folder) throws CoreException {
		if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
			mkdirs(parent);
		}
		folder.create(true, true, null);
	}

	/** Compiles the project, as saving does with Build Automatically on. */
	void build() throws CoreException {
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
	}

	@Override
	public void close() {
		try {
			project.delete(true, true, null);
		} catch (CoreException e) {
			// the next test's workspace copes with it
		}
	}
}
