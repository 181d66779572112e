package dev.piassistant.memory.internal.java;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.memory.internal.graph.EntityDraft;
import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.graph.Keys;

/**
 * One Java file as graph: the file, its types, methods (tests apart) and fields; containment, imports, hierarchy,
 * overrides, calls, type dependencies and tests; a chunk per type (its header and members' signatures) and per
 * method.
 */
final class JavaGraph {

	private static final String[] TEST_SUFFIXES = { "Tests", "Test", "TestCase", "IT" };

	private final Resolver.Parsed file;
	private final JavaFacts facts;
	private final Names names;
	private final Symbols symbols;
	private final JavaChunks chunks;
	private final FileContent content = new FileContent();
	private final Map<String, Integer> typeEntities = new HashMap<>();

	JavaGraph(Resolver.Parsed file, Names names, boolean javadocInChunks) {
		this.file = file;
		this.facts = file.facts();
		this.names = names;
		this.symbols = names.symbols();
		this.chunks = new JavaChunks(content, javadocInChunks);
	}

	FileContent build() {
		var fileKey = Keys.file(file.root(), file.path());
		var self = content.entity(EntityKind.FILE, fileKey, file.path().substring(file.path().lastIndexOf('/') + 1),
				facts.packageName, 1, facts.lines);
		var pkg = Keys.pkg(file.root(), facts.packageName);
		content.relate(self, pkg, RelationKind.CONTAINS, fileKey, 1, 0);
		content.relate(self, Keys.project(file.root()), RelationKind.CONTAINS, pkg, 1, 0);
		for (var imported : names.importedTypes()) {
			content.relate(self, fileKey, RelationKind.IMPORTS, imported, 1, 0);
		}
		for (var type : facts.types) {
			type(type, fileKey);
		}
		return content;
	}

	private void type(JavaFacts.Type type, String fileKey) {
		var entity = content.entity(new EntityDraft(EntityKind.TYPE, type.key, type.name, type.header, facts.packageName,
				type.startLine, type.endLine));
		typeEntities.put(type.key, entity);
		var parent = type.enclosing == null ? 0 : typeEntities.getOrDefault(type.enclosing.key, 0);
		content.relate(parent, content.key(parent), RelationKind.CONTAINS, type.key, 1, type.startLine);
		var scope = type.enclosing == null ? type : type.enclosing;
		for (var written : type.extended) {
			relateSuper(entity, type.key, RelationKind.EXTENDS, names.type(written, scope, null), type.startLine);
		}
		for (var written : type.implemented) {
			relateSuper(entity, type.key, RelationKind.IMPLEMENTS, names.type(written, scope, null), type.startLine);
		}
		chunks.type(entity, type, facts.packageName);
		for (var field : type.fields) {
			var key = type.key + "#" + field.name;
			var fieldEntity = content.entity(new EntityDraft(EntityKind.FIELD, key, field.name, field.type + " " + field.name,
					names.type(field.type, type, null), field.line, field.endLine));
			content.relate(entity, type.key, RelationKind.CONTAINS, content.key(fieldEntity), 1, field.line);
		}
		var dependencies = new LinkedHashMap<String, Integer>();
		for (var method : type.methods) {
			method(type, entity, method, dependencies);
		}
		calls(type, entity, type.key, new Calls(names, type, null), type.calls, dependencies, false);
		type.references.forEach((written, count) -> {
			var target = names.type(written, type, null);
			if (target != null) {
				dependencies.merge(target, count, Integer::sum);
			}
		});
		dependencies.remove(type.key);
		dependencies.forEach((target, count) -> content.relate(entity, type.key, RelationKind.DEPENDS_ON, target, count, 0));
		if (type.isTest()) {
			testedType(type).ifPresent(tested -> content.relate(entity, type.key, RelationKind.TESTS, tested, 1, type.startLine));
		}
	}

	private void relateSuper(int entity, String key, RelationKind kind, @org.eclipse.jdt.annotation.Nullable String target, int line) {
		if (target != null && !target.equals(key)) {
			content.relate(entity, key, kind, target, 1, line);
		}
	}

	private void method(JavaFacts.Type type, int typeEntity, JavaFacts.Method method, Map<String, Integer> dependencies) {
		var key = Resolver.methodKey(type, method);
		var returns = method.returnType == null ? null : names.type(method.returnType, type, method);
		var entity = content.entity(new EntityDraft(method.test ? EntityKind.TEST : EntityKind.METHOD, key, method.name,
				method.signature, returns, method.startLine, method.endLine));
		content.relate(typeEntity, type.key, RelationKind.CONTAINS, key, 1, method.startLine);
		if (!method.constructor && !method.isStatic) {
			var overridden = symbols.overridden(type.key, method.name, method.parameterTypes);
			if (overridden != null) {
				content.relate(entity, key, RelationKind.OVERRIDES, overridden.key(), 1, method.startLine);
			}
		}
		chunks.method(entity, type, method, key);
		calls(type, entity, key, new Calls(names, type, method), method.calls, dependencies, method.test);
	}

	private void calls(JavaFacts.Type type, int owner, String source, Calls resolver, java.util.List<JavaFacts.Call> calls,
			Map<String, Integer> dependencies, boolean test) {
		var seen = new LinkedHashMap<String, int[]>();
		for (var call : calls) {
			for (var target : resolver.resolve(call)) {
				seen.computeIfAbsent(target.key(), k -> new int[] { 0, call.line() })[0]++;
			}
			var staticType = call.name() == null ? null : resolver.staticType(call.on());
			if (staticType != null) {
				dependencies.merge(staticType, 1, Integer::sum);
			}
		}
		seen.forEach((target, countAndLine) -> {
			content.relate(owner, source, RelationKind.CALLS, target, countAndLine[0], countAndLine[1]);
			if (test && !isTestType(Keys.typeOf(target))) {
				content.relate(owner, source, RelationKind.TESTS, target, countAndLine[0], countAndLine[1]);
			}
		});
	}

	private boolean isTestType(String key) {
		return facts.types.stream().anyMatch(type -> type.key.equals(key) && type.isTest());
	}

	/** The type a test class is named after: FooTest, FooTests, FooIT, TestFoo test Foo. */
	private java.util.Optional<String> testedType(JavaFacts.Type test) {
		for (var candidate : testedNames(test.name)) {
			var local = facts.packageName.isEmpty() ? candidate : facts.packageName + "." + candidate;
			if (symbols.has(local)) {
				return java.util.Optional.of(local);
			}
			var named = symbols.named(candidate);
			if (named.size() == 1) {
				return java.util.Optional.of(named.get(0).key);
			}
		}
		return java.util.Optional.empty();
	}

	private static java.util.List<String> testedNames(String name) {
		var candidates = new java.util.ArrayList<String>();
		for (var suffix : TEST_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() > suffix.length()) {
				candidates.add(name.substring(0, name.length() - suffix.length()));
			}
		}
		if (name.startsWith("Test") && name.length() > 4) {
			candidates.add(name.substring(4));
		}
		return candidates;
	}
}
