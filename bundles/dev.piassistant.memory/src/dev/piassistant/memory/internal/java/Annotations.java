package dev.piassistant.memory.internal.java;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.IExtendedModifier;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.Modifier;

/** Tells test methods: JUnit 4 and 5 (and kin) by annotation, JUnit 3 by name in a TestCase. */
final class Annotations {

	private static final Set<String> TESTS = Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory",
			"TestTemplate", "Property", "Example");

	private Annotations() {
	}

	@SuppressWarnings("unchecked")
	static boolean isTest(MethodDeclaration method, JavaFacts.Type type) {
		for (var modifier : (List<IExtendedModifier>) method.modifiers()) {
			if (modifier instanceof Annotation annotation) {
				var name = annotation.getTypeName().getFullyQualifiedName();
				if (TESTS.contains(name.substring(name.lastIndexOf('.') + 1))) {
					return true;
				}
			}
		}
		return isJUnit3(method, type);
	}

	private static boolean isJUnit3(MethodDeclaration method, JavaFacts.Type type) {
		return method.getName().getIdentifier().startsWith("test") && method.parameters().isEmpty()
				&& Modifier.isPublic(method.getModifiers()) && !method.isConstructor()
				&& type.extended.stream().anyMatch(name -> name.endsWith("TestCase"));
	}
}
