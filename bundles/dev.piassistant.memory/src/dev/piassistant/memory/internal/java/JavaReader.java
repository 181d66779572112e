package dev.piassistant.memory.internal.java;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.AbstractTypeDeclaration;
import org.eclipse.jdt.core.dom.AnnotationTypeDeclaration;
import org.eclipse.jdt.core.dom.AnonymousClassDeclaration;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.EnumConstantDeclaration;
import org.eclipse.jdt.core.dom.EnumDeclaration;
import org.eclipse.jdt.core.dom.FieldDeclaration;
import org.eclipse.jdt.core.dom.ImportDeclaration;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.Modifier;
import org.eclipse.jdt.core.dom.RecordDeclaration;
import org.eclipse.jdt.core.dom.SingleVariableDeclaration;
import org.eclipse.jdt.core.dom.Type;
import org.eclipse.jdt.core.dom.TypeDeclaration;
import org.eclipse.jdt.core.dom.TypeParameter;
import org.eclipse.jdt.core.dom.VariableDeclarationFragment;

/**
 * Reads one Java file with JDT's parser, syntax only: no bindings, no class path, no workspace. What it declares
 * (types, methods, fields) and what its code refers to (calls, types, locals) are kept as written, for the
 * {@link Resolver}. Local and anonymous classes count as part of the method (or initializer) they are in.
 */
public final class JavaReader {

	private static final Map<String, String> OPTIONS = options();

	private final String source;
	private final CompilationUnit unit;
	private final JavaFacts facts;
	private final Deque<JavaFacts.Type> types = new ArrayDeque<>();
	private JavaFacts.@Nullable Method method;
	private int localTypes;

	private JavaReader(String source) {
		this.source = source;
		unit = parse(source);
		var pkg = unit.getPackage();
		facts = new JavaFacts(pkg == null ? "" : pkg.getName().getFullyQualifiedName(), line(source.length()));
	}

	private static Map<String, String> options() {
		var options = JavaCore.getOptions();
		JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
		options.put(JavaCore.COMPILER_DOC_COMMENT_SUPPORT, JavaCore.DISABLED);
		// No task tags: the scanner would look for TODO and FIXME in every comment, for nothing here.
		options.put(JavaCore.COMPILER_TASK_TAGS, "");
		return Map.copyOf(options);
	}

	/** JDT's syntax tree of a file, as the memory has JDT parse it (the benchmark times this alone as its peer). */
	public static CompilationUnit parse(String source) {
		var parser = ASTParser.newParser(AST.getJLSLatest());
		parser.setKind(ASTParser.K_COMPILATION_UNIT);
		parser.setCompilerOptions(OPTIONS);
		parser.setResolveBindings(false);
		parser.setSource(source.toCharArray());
		return (CompilationUnit) parser.createAST(null);
	}

	/** Reads a file's text; syntax errors leave out what could not be read, never the whole file. */
	public static JavaFacts read(String source) {
		var reader = new JavaReader(source);
		reader.unit.accept(new Visitor(reader));
		return reader.facts;
	}

	int line(int offset) {
		var line = unit.getLineNumber(Math.min(offset, Math.max(0, source.length() - 1)));
		return line < 1 ? 1 : line;
	}

	private int endLine(ASTNode node) {
		return line(node.getStartPosition() + Math.max(0, node.getLength() - 1));
	}

	String source() {
		return source;
	}

	JavaFacts facts() {
		return facts;
	}

	JavaFacts.@Nullable Method method() {
		return method;
	}

	JavaFacts.@Nullable Type type() {
		return types.peek();
	}

	boolean inLocalType() {
		return localTypes > 0;
	}

	void imported(ImportDeclaration node) {
		facts.imports.add(new JavaFacts.Import(node.getName().getFullyQualifiedName(), node.isStatic(), node.isOnDemand()));
	}

	/** Returns false for a local type: it is not a type of the file, only code of its method. */
	boolean enterType(AbstractTypeDeclaration node) {
		if (method != null || localTypes > 0 || (!types.isEmpty() && node.isLocalTypeDeclaration())) {
			localTypes++;
			return false;
		}
		var enclosing = types.peek();
		var name = node.getName().getIdentifier();
		var key = enclosing != null ? enclosing.key + "." + name
				: facts.packageName.isEmpty() ? name : facts.packageName + "." + name;
		var type = new JavaFacts.Type(key, name, kind(node), enclosing);
		type.startLine = line(node.getStartPosition());
		type.codeLine = line(codeStart(node));
		type.endLine = endLine(node);
		type.javadoc = javadoc(node);
		type.header = header(node);
		supertypes(node, type);
		facts.types.add(type);
		types.push(type);
		return true;
	}

	void exitType(boolean local) {
		if (local) {
			localTypes--;
		} else {
			canonicalConstructor(types.pop());
		}
	}

	/** A record without an explicit canonical constructor has an implicit one, which callers of {@code new} call. */
	private static void canonicalConstructor(JavaFacts.Type type) {
		if (!type.kind.equals("record")) {
			return;
		}
		type.methods.removeIf(implicit -> !implicit.constructor && implicit.code.isEmpty() && type.methods.stream()
				.anyMatch(explicit -> explicit != implicit && explicit.name.equals(implicit.name) && explicit.parameterTypes.isEmpty()));
		var parameters = List.copyOf(type.components);
		var declared = type.methods.stream().anyMatch(method -> method.constructor && method.parameterTypes.equals(parameters));
		if (!declared) {
			var constructor = new JavaFacts.Method(type.name, true);
			constructor.parameterTypes.addAll(parameters);
			constructor.startLine = type.codeLine;
			constructor.codeLine = type.codeLine;
			constructor.endLine = type.codeLine;
			constructor.signature = type.name + "(" + String.join(", ", parameters) + ")";
			type.methods.add(constructor);
		}
	}

	void enterAnonymous(AnonymousClassDeclaration node) {
		localTypes++;
	}

	void exitAnonymous() {
		localTypes--;
	}

	private static String kind(AbstractTypeDeclaration node) {
		if (node instanceof TypeDeclaration declaration) {
			return declaration.isInterface() ? "interface" : "class";
		}
		if (node instanceof EnumDeclaration) {
			return "enum";
		}
		if (node instanceof RecordDeclaration) {
			return "record";
		}
		return node instanceof AnnotationTypeDeclaration ? "@interface" : "type";
	}

	@SuppressWarnings("unchecked")
	private void supertypes(AbstractTypeDeclaration node, JavaFacts.Type type) {
		if (node instanceof TypeDeclaration declaration) {
			if (declaration.getSuperclassType() != null) {
				type.extended.add(WrittenTypes.of(declaration.getSuperclassType()));
			}
			var interfaces = ((List<Type>) declaration.superInterfaceTypes()).stream().map(WrittenTypes::of).toList();
			(declaration.isInterface() ? type.extended : type.implemented).addAll(interfaces);
			((List<TypeParameter>) declaration.typeParameters()).forEach(p -> type.typeParameters.add(p.getName().getIdentifier()));
		} else if (node instanceof EnumDeclaration declaration) {
			((List<Type>) declaration.superInterfaceTypes()).forEach(t -> type.implemented.add(WrittenTypes.of(t)));
		} else if (node instanceof RecordDeclaration declaration) {
			((List<Type>) declaration.superInterfaceTypes()).forEach(t -> type.implemented.add(WrittenTypes.of(t)));
			((List<TypeParameter>) declaration.typeParameters()).forEach(p -> type.typeParameters.add(p.getName().getIdentifier()));
			((List<SingleVariableDeclaration>) declaration.recordComponents()).forEach(component -> recordComponent(type, component));
		}
	}

	/** A record component is a field with an accessor method of the same name. */
	private void recordComponent(JavaFacts.Type type, SingleVariableDeclaration component) {
		var written = WrittenTypes.of(component.getType(), component.getExtraDimensions());
		var name = component.getName().getIdentifier();
		var line = line(component.getStartPosition());
		type.components.add(WrittenTypes.simple(written));
		type.fields.add(new JavaFacts.Field(name, written, line, line));
		var accessor = new JavaFacts.Method(name, false);
		accessor.returnType = written;
		accessor.startLine = line;
		accessor.codeLine = line;
		accessor.endLine = line;
		accessor.signature = component.getType() + " " + name + "()";
		type.methods.add(accessor);
	}

	/** Returns false for a method of a local or anonymous class: its code belongs to the enclosing method. */
	@SuppressWarnings("unchecked")
	boolean enterMethod(MethodDeclaration node) {
		var type = types.peek();
		if (localTypes > 0 || type == null) {
			return false;
		}
		var declared = new JavaFacts.Method(node.getName().getIdentifier(), node.isConstructor());
		for (var parameter : (List<SingleVariableDeclaration>) node.parameters()) {
			var written = WrittenTypes.of(parameter.getType(), parameter.getExtraDimensions() + (parameter.isVarargs() ? 1 : 0));
			declared.parameterTypes.add(WrittenTypes.simple(written));
			declared.locals.put(parameter.getName().getIdentifier(), new Receiver.Typed(written));
		}
		((List<TypeParameter>) node.typeParameters()).forEach(p -> declared.typeParameters.add(p.getName().getIdentifier()));
		if (node.getReturnType2() != null && !node.isConstructor()) {
			declared.returnType = WrittenTypes.of(node.getReturnType2(), node.getExtraDimensions());
		}
		declared.isStatic = Modifier.isStatic(node.getModifiers());
		declared.test = Annotations.isTest(node, type);
		declared.startLine = line(node.getStartPosition());
		var code = codeStart(node);
		declared.codeLine = line(code);
		declared.endLine = endLine(node);
		declared.javadoc = javadoc(node);
		declared.code = source.substring(code, node.getStartPosition() + node.getLength());
		declared.signature = signature(node);
		type.methods.add(declared);
		method = declared;
		return true;
	}

	void exitMethod(boolean declared) {
		if (declared) {
			method = null;
		}
	}

	@SuppressWarnings("unchecked")
	void field(FieldDeclaration node) {
		var type = types.peek();
		if (localTypes > 0 || method != null || type == null) {
			return;
		}
		for (var fragment : (List<VariableDeclarationFragment>) node.fragments()) {
			type.fields.add(new JavaFacts.Field(fragment.getName().getIdentifier(),
					WrittenTypes.of(node.getType(), fragment.getExtraDimensions()), line(fragment.getStartPosition()), endLine(node)));
		}
	}

	void enumConstant(EnumConstantDeclaration node) {
		var type = types.peek();
		if (localTypes == 0 && method == null && type != null) {
			var line = line(node.getStartPosition());
			type.fields.add(new JavaFacts.Field(node.getName().getIdentifier(), type.name, line, endLine(node)));
		}
	}

	/** Where the declaration itself starts, after its Javadoc. */
	private int codeStart(ASTNode node) {
		var doc = node instanceof org.eclipse.jdt.core.dom.BodyDeclaration body ? body.getJavadoc() : null;
		var start = doc == null ? node.getStartPosition() : doc.getStartPosition() + doc.getLength();
		while (start < source.length() && Character.isWhitespace(source.charAt(start))) {
			start++;
		}
		return start;
	}

	private String javadoc(org.eclipse.jdt.core.dom.BodyDeclaration node) {
		var doc = node.getJavadoc();
		return doc == null ? "" : source.substring(doc.getStartPosition(), doc.getStartPosition() + doc.getLength());
	}

	/** The declaration up to its body: modifiers, name, type parameters, supertypes. */
	private String header(AbstractTypeDeclaration node) {
		var start = codeStart(node);
		var nameEnd = node.getName().getStartPosition() + node.getName().getLength();
		var brace = source.indexOf('{', nameEnd);
		var end = brace < 0 ? nameEnd : brace;
		return source.substring(start, Math.max(start, end)).replaceAll("\\s+", " ").strip();
	}

	@SuppressWarnings("unchecked")
	private static String signature(MethodDeclaration node) {
		var text = new StringBuilder();
		if (!node.isConstructor() && node.getReturnType2() != null) {
			text.append(node.getReturnType2()).append(' ');
		}
		text.append(node.getName().getIdentifier()).append('(');
		var parameters = (List<SingleVariableDeclaration>) node.parameters();
		for (int i = 0; i < parameters.size(); i++) {
			var parameter = parameters.get(i);
			text.append(i == 0 ? "" : ", ").append(parameter.getType()).append(parameter.isVarargs() ? "..." : "")
					.append(' ').append(parameter.getName().getIdentifier());
		}
		return text.append(')').toString();
	}

	/** Where calls and locals go now: the method, or the type's initializers. */
	List<JavaFacts.Call> calls() {
		var current = method;
		if (current != null) {
			return current.calls;
		}
		var type = types.peek();
		return type != null ? type.calls : new java.util.ArrayList<>();
	}

	Map<String, Receiver> locals() {
		var current = method;
		return current != null ? current.locals : new HashMap<>();
	}
}
