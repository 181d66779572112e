package dev.piassistant.tools.jdt.internal.refactor;

import java.util.Map;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.jdt.core.manipulation.JavaManipulation;

/**
 * Where JDT's code manipulation reads the code style (import order, ...). JDT UI names its preference node and fills
 * its defaults when it starts; without JDT UI (the command line, a runtime without the Java editor) the refactorings
 * would fail on missing settings, so the same node is named here and JDT UI's defaults given where it has none. The
 * user's own Java code style settings apply either way.
 */
final class CodeStyle {

	/** The preference node of JDT UI, where the Java code style preferences live. */
	private static final String JDT_UI = "org.eclipse.jdt.ui";

	/** JDT UI's defaults for what the refactorings read. */
	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("org.eclipse.jdt.ui.importorder", "java;javax;org;com"),
			Map.entry("org.eclipse.jdt.ui.ondemandthreshold", "99"), Map.entry("org.eclipse.jdt.ui.staticondemandthreshold", "99"),
			Map.entry("org.eclipse.jdt.ui.typefilter.enabled", ""), Map.entry("org.eclipse.jdt.ui.keywordthis", "false"),
			Map.entry("org.eclipse.jdt.ui.javadoc", "false"), Map.entry("org.eclipse.jdt.ui.gettersetter.use.is", "true"),
			Map.entry("org.eclipse.jdt.ui.exception.name", "e"), Map.entry("org.eclipse.jdt.ui.visibility.order", "B,V,R,D"),
			Map.entry("outlinesortoption", "T,SF,SI,SM,F,I,C,M"), Map.entry("org.eclipse.jdt.ui.enable.visibility.order", "false"));

	private static boolean ensured;

	private CodeStyle() {
	}

	static synchronized void ensure() {
		if (ensured) {
			return;
		}
		if (JavaManipulation.getPreferenceNodeId() == null) {
			JavaManipulation.setPreferenceNodeId(JDT_UI);
		}
		var defaults = DefaultScope.INSTANCE.getNode(JavaManipulation.getPreferenceNodeId());
		DEFAULTS.forEach((key, value) -> {
			if (defaults.get(key, null) == null) {
				defaults.put(key, value);
			}
		});
		ensured = true;
	}
}
