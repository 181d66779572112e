package dev.piassistant.tools.jdt.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.JavaRuntime;

import dev.piassistant.tools.jdt.internal.problems.JavaProblems;

/**
 * A real Java project in the test runtime's workspace, made with JDT's API: a source folder, the running JRE, Java
 * 17, and the files a test gives it. Deleted with its files when closed.
 */
final class JavaWorkspace implements AutoCloseable {

	final IProject project;
	final IJavaProject javaProject;

	private JavaWorkspace(IProject project, IJavaProject javaProject) {
		this.project = project;
		this.javaProject = javaProject;
	}

	/** A project named {@code name} with these files (paths below its {@code src} folder), built. */
	static JavaWorkspace create(String name, Map<String, String> sources) throws CoreException {
		return create(name, sources, new IClasspathEntry[0]);
	}

	/** The same with more build path entries, such as the JUnit library. */
	static JavaWorkspace create(String name, Map<String, String> sources, IClasspathEntry... libraries) throws CoreException {
		var monitor = new NullProgressMonitor();
		var project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(monitor);
		project.open(monitor);
		var description = project.getDescription();
		description.setNatureIds(new String[] { JavaCore.NATURE_ID });
		project.setDescription(description, monitor);
		var javaProject = JavaCore.create(project);
		var src = project.getFolder("src");
		src.create(true, true, monitor);
		var entries = new ArrayList<IClasspathEntry>();
		entries.add(JavaCore.newSourceEntry(src.getFullPath()));
		entries.add(JavaRuntime.getDefaultJREContainerEntry());
		entries.addAll(List.of(libraries));
		javaProject.setRawClasspath(entries.toArray(IClasspathEntry[]::new), project.getFolder("bin").getFullPath(), monitor);
		javaProject.setOptions(Map.of(JavaCore.COMPILER_COMPLIANCE, "17", JavaCore.COMPILER_SOURCE, "17",
				JavaCore.COMPILER_CODEGEN_TARGET_PLATFORM, "17", JavaCore.COMPILER_RELEASE, JavaCore.DISABLED));
		var workspace = new JavaWorkspace(project, javaProject);
		workspace.write(sources);
		workspace.build();
		return workspace;
	}

	/** Writes the files (creating or replacing them) through the workspace, as an editor would save them. */
	void write(Map<String, String> sources) throws CoreException {
		var monitor = new NullProgressMonitor();
		for (var entry : sources.entrySet()) {
			var file = project.getFile("src/" + entry.getKey());
			folders(file.getParent());
			var content = new ByteArrayInputStream(entry.getValue().getBytes(StandardCharsets.UTF_8));
			if (file.exists()) {
				file.setContents(content, true, false, monitor);
			} else {
				file.create(content, true, monitor);
			}
		}
	}

	private static void folders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			folders(folder.getParent());
			folder.create(true, true, new NullProgressMonitor());
		}
	}

	void build() throws CoreException {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
	}

	/** The workspace folder: where the agent and its tools work. */
	static Path folder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
	}

	/** A file of the project, relative to the workspace folder as the agent names it. */
	String path(String source) {
		return project.getName() + "/src/" + source;
	}

	/** The compile errors after refreshing from disk and building, as the java_problems tool finds them. */
	List<JavaProblems.Problem> errors() throws CoreException {
		var problems = new JavaProblems(folder(), new NullProgressMonitor());
		project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, new NullProgressMonitor());
		problems.refreshAndBuild(List.of());
		return problems.errors(List.of());
	}

	String read(String source) throws Exception {
		return java.nio.file.Files.readString(project.getFile("src/" + source).getLocation().toPath());
	}

	@Override
	public void close() throws CoreException {
		project.delete(true, true, new NullProgressMonitor());
	}
}
