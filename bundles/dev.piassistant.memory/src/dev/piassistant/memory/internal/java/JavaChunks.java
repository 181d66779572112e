package dev.piassistant.memory.internal.java;

import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.graph.Keys;

/**
 * Java cut by type and method. A type's chunk is its declaration and its members' signatures (no bodies: those
 * are the methods' chunks), so chunks never overlap; a method's chunk is its code, with its Javadoc unless that
 * is left out.
 */
final class JavaChunks {

	private final FileContent content;
	private final boolean javadoc;

	JavaChunks(FileContent content, boolean javadoc) {
		this.content = content;
		this.javadoc = javadoc;
	}

	void type(int entity, JavaFacts.Type type, String packageName) {
		var text = new StringBuilder();
		if (!type.javadoc.isEmpty()) {
			text.append(type.javadoc).append('\n');
		}
		text.append(type.header).append(" {\n");
		for (var field : type.fields) {
			text.append('\t').append(field.type).append(' ').append(field.name).append(";\n");
		}
		for (var method : type.methods) {
			text.append('\t').append(method.signature).append(";\n");
		}
		text.append('}');
		var title = type.kind + " " + type.name + (packageName.isEmpty() ? "" : " (" + packageName + ")");
		content.chunk(entity, title, type.javadoc.isEmpty() ? type.codeLine : type.startLine, type.endLine, "", text.toString());
	}

	void method(int entity, JavaFacts.Type type, JavaFacts.Method method, String key) {
		var withDoc = javadoc && !method.javadoc.isEmpty();
		var text = withDoc ? method.javadoc + "\n" + method.code : method.code;
		if (text.isBlank()) {
			return;
		}
		content.chunk(entity, Keys.shortMember(key), withDoc ? method.startLine : method.codeLine, method.endLine, "", text);
	}
}
