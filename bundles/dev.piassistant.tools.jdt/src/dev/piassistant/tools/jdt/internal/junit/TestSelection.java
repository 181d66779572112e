package dev.piassistant.tools.jdt.internal.junit;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.IPackageFragmentRoot;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.internal.junit.launcher.JUnitLaunchConfigurationConstants;
import org.eclipse.jdt.internal.junit.launcher.TestKindRegistry;
import org.eclipse.jdt.launching.IJavaLaunchConfigurationConstants;

/**
 * Which tests to run, as the model names them (a project, and in it a package, a class or one of its methods), turned
 * into the JUnit launch configuration Eclipse's "Run As > JUnit Test" would make for them. The JUnit version comes
 * from the project's class path as Eclipse finds it.
 */
public record TestSelection(IJavaProject project, String type, String packageName, String method) {

	/** A name that does not say which tests: what is wrong with it, for the model. */
	public static final class UnknownTestsException extends Exception {
		private static final long serialVersionUID = 1L;

		UnknownTestsException(String message) {
			super(message);
		}
	}

	/** The selection of a project by its name, or why there is none. */
	public static TestSelection of(String projectName, String type, String packageName, String method)
			throws UnknownTestsException {
		var project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (projectName.isBlank() || !project.isOpen() || !JavaCore.create(project).exists()) {
			var names = new StringBuilder();
			for (var java : javaProjects()) {
				names.append(names.length() == 0 ? "" : ", ").append(java.getElementName());
			}
			throw new UnknownTestsException("There is no open Java project named '" + projectName + "'. The Java projects: "
					+ (names.length() == 0 ? "none" : names) + ".");
		}
		if (!method.isBlank() && type.isBlank()) {
			throw new UnknownTestsException("A test method is run by its class: give the type too.");
		}
		return new TestSelection(JavaCore.create(project), type, packageName, method);
	}

	/** A launch configuration (not saved) for these tests. */
	public ILaunchConfigurationWorkingCopy configuration() throws CoreException, UnknownTestsException {
		var element = element();
		var kind = TestKindRegistry.getContainerTestKindId(element);
		if (kind == null || kind.isEmpty() || kind.equals(TestKindRegistry.JUNIT3_TEST_KIND_ID)
				&& project.findType("junit.framework.TestCase") == null) {
			throw new UnknownTestsException("The project " + project.getElementName() + " has no JUnit on its build path: "
					+ "add the JUnit 5 library (or JUnit 4) to run its tests.");
		}
		var manager = DebugPlugin.getDefault().getLaunchManager();
		var launchType = manager.getLaunchConfigurationType(JUnitLaunchConfigurationConstants.ID_JUNIT_APPLICATION);
		var name = manager.generateLaunchConfigurationName("pi " + element.getElementName());
		var configuration = launchType.newInstance(null, name);
		configuration.setAttribute(IJavaLaunchConfigurationConstants.ATTR_PROJECT_NAME, project.getElementName());
		configuration.setAttribute(JUnitLaunchConfigurationConstants.ATTR_TEST_RUNNER_KIND, kind);
		configuration.setAttribute(JUnitLaunchConfigurationConstants.ATTR_KEEPRUNNING, false);
		configuration.setAttribute(IJavaLaunchConfigurationConstants.ATTR_VM_ARGUMENTS, "-ea");
		if (element.getElementType() == IJavaElement.TYPE) {
			configuration.setAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, type());
			configuration.setAttribute(JUnitLaunchConfigurationConstants.ATTR_TEST_CONTAINER, "");
			if (!method.isBlank()) {
				configuration.setAttribute(JUnitLaunchConfigurationConstants.ATTR_TEST_NAME, method);
			}
		} else {
			configuration.setAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, "");
			configuration.setAttribute(JUnitLaunchConfigurationConstants.ATTR_TEST_CONTAINER, element.getHandleIdentifier());
		}
		return configuration;
	}

	/** What the tests are, in words. */
	public String describe() {
		var what = !method.isBlank() ? type + "." + method : !type.isBlank() ? type
				: !packageName.isBlank() ? "package " + packageName : "all tests";
		return what + " of " + project.getElementName();
	}

	private IJavaElement element() throws CoreException, UnknownTestsException {
		if (!type.isBlank()) {
			var found = project.findType(type);
			if (found == null || found.isBinary()) {
				throw new UnknownTestsException("There is no class " + type + " in the sources of " + project.getElementName()
						+ ": give it fully qualified, e.g. com.acme.CartTest.");
			}
			if (!method.isBlank() && found.getMethods().length > 0
					&& java.util.Arrays.stream(found.getMethods()).noneMatch(m -> m.getElementName().equals(method))) {
				throw new UnknownTestsException(type + " has no method " + method + ".");
			}
			return found;
		}
		if (!packageName.isBlank()) {
			for (var root : project.getPackageFragmentRoots()) {
				if (root.getKind() == IPackageFragmentRoot.K_SOURCE) {
					var fragment = root.getPackageFragment(packageName);
					if (fragment.exists() && fragment.containsJavaResources()) {
						return fragment;
					}
				}
			}
			throw new UnknownTestsException("There is no package " + packageName + " in the sources of "
					+ project.getElementName() + ".");
		}
		return project;
	}

	private static IJavaProject[] javaProjects() {
		try {
			return JavaCore.create(ResourcesPlugin.getWorkspace().getRoot()).getJavaProjects();
		} catch (CoreException e) {
			return new IJavaProject[0];
		}
	}
}
