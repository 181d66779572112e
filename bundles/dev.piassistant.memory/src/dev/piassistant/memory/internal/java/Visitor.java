package dev.piassistant.memory.internal.java;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.AbstractTypeDeclaration;
import org.eclipse.jdt.core.dom.AnnotationTypeDeclaration;
import org.eclipse.jdt.core.dom.AnonymousClassDeclaration;
import org.eclipse.jdt.core.dom.ClassInstanceCreation;
import org.eclipse.jdt.core.dom.ConstructorInvocation;
import org.eclipse.jdt.core.dom.EnumConstantDeclaration;
import org.eclipse.jdt.core.dom.EnumDeclaration;
import org.eclipse.jdt.core.dom.FieldDeclaration;
import org.eclipse.jdt.core.dom.ImportDeclaration;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.NameQualifiedType;
import org.eclipse.jdt.core.dom.QualifiedType;
import org.eclipse.jdt.core.dom.RecordDeclaration;
import org.eclipse.jdt.core.dom.SimpleType;
import org.eclipse.jdt.core.dom.SingleVariableDeclaration;
import org.eclipse.jdt.core.dom.SuperConstructorInvocation;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.Type;
import org.eclipse.jdt.core.dom.TypeDeclaration;
import org.eclipse.jdt.core.dom.VariableDeclarationExpression;
import org.eclipse.jdt.core.dom.VariableDeclarationFragment;
import org.eclipse.jdt.core.dom.VariableDeclarationStatement;

/** Walks a compilation unit once and hands what it meets to the {@link JavaReader}. */
final class Visitor extends ASTVisitor {

	private final JavaReader reader;
	private final Deque<Boolean> typeDeclared = new ArrayDeque<>();
	private final Deque<Boolean> methodDeclared = new ArrayDeque<>();

	Visitor(JavaReader reader) {
		this.reader = reader;
	}

	@Override
	public boolean visit(ImportDeclaration node) {
		reader.imported(node);
		return false;
	}

	private boolean enter(AbstractTypeDeclaration node) {
		typeDeclared.push(reader.enterType(node));
		return true;
	}

	private void exit() {
		reader.exitType(!typeDeclared.pop());
	}

	@Override
	public boolean visit(TypeDeclaration node) {
		return enter(node);
	}

	@Override
	public void endVisit(TypeDeclaration node) {
		exit();
	}

	@Override
	public boolean visit(EnumDeclaration node) {
		return enter(node);
	}

	@Override
	public void endVisit(EnumDeclaration node) {
		exit();
	}

	@Override
	public boolean visit(RecordDeclaration node) {
		return enter(node);
	}

	@Override
	public void endVisit(RecordDeclaration node) {
		exit();
	}

	@Override
	public boolean visit(AnnotationTypeDeclaration node) {
		return enter(node);
	}

	@Override
	public void endVisit(AnnotationTypeDeclaration node) {
		exit();
	}

	@Override
	public boolean visit(AnonymousClassDeclaration node) {
		reader.enterAnonymous(node);
		return true;
	}

	@Override
	public void endVisit(AnonymousClassDeclaration node) {
		reader.exitAnonymous();
	}

	@Override
	public boolean visit(MethodDeclaration node) {
		methodDeclared.push(reader.enterMethod(node));
		return true;
	}

	@Override
	public void endVisit(MethodDeclaration node) {
		reader.exitMethod(methodDeclared.pop());
	}

	@Override
	public boolean visit(FieldDeclaration node) {
		reader.field(node);
		return true;
	}

	@Override
	public boolean visit(EnumConstantDeclaration node) {
		reader.enumConstant(node);
		return true;
	}

	@Override
	public boolean visit(MethodInvocation node) {
		call(node.getName().getIdentifier(), node.arguments().size(), Receivers.of(node.getExpression()), node.getStartPosition());
		return true;
	}

	@Override
	public boolean visit(SuperMethodInvocation node) {
		call(node.getName().getIdentifier(), node.arguments().size(), Receiver.SUPER, node.getStartPosition());
		return true;
	}

	@Override
	public boolean visit(ClassInstanceCreation node) {
		reader.calls().add(new JavaFacts.Call(null, node.arguments().size(), Receiver.UNKNOWN,
				reader.line(node.getStartPosition()), WrittenTypes.of(node.getType())));
		return true;
	}

	@Override
	public boolean visit(ConstructorInvocation node) {
		if (!reader.inLocalType()) {
			reader.calls().add(new JavaFacts.Call(null, node.arguments().size(), Receiver.THIS, reader.line(node.getStartPosition()), null));
		}
		return true;
	}

	@Override
	public boolean visit(SuperConstructorInvocation node) {
		if (!reader.inLocalType()) {
			reader.calls().add(new JavaFacts.Call(null, node.arguments().size(), Receiver.SUPER, reader.line(node.getStartPosition()), null));
		}
		return true;
	}

	private void call(String name, int arity, Receiver on, int offset) {
		reader.calls().add(new JavaFacts.Call(name, arity, on, reader.line(offset), null));
	}

	@Override
	public boolean visit(SingleVariableDeclaration node) {
		if (!isVar(node.getType())) {
			reader.locals().put(node.getName().getIdentifier(),
					new Receiver.Typed(WrittenTypes.of(node.getType(), node.getExtraDimensions() + (node.isVarargs() ? 1 : 0))));
		}
		return true;
	}

	@Override
	public boolean visit(VariableDeclarationStatement node) {
		locals(node.getType(), node.fragments());
		return true;
	}

	@Override
	public boolean visit(VariableDeclarationExpression node) {
		locals(node.getType(), node.fragments());
		return true;
	}

	@SuppressWarnings("unchecked")
	private void locals(Type type, List<?> fragments) {
		for (var fragment : (List<VariableDeclarationFragment>) fragments) {
			var name = fragment.getName().getIdentifier();
			if (isVar(type)) {
				reader.locals().put(name, Receivers.of(fragment.getInitializer()));
			} else {
				reader.locals().put(name, new Receiver.Typed(WrittenTypes.of(type, fragment.getExtraDimensions())));
			}
		}
	}

	private static boolean isVar(Type type) {
		return type.isVar();
	}

	@Override
	public boolean visit(SimpleType node) {
		if (!node.isVar()) {
			reference(node);
		}
		return false;
	}

	@Override
	public boolean visit(QualifiedType node) {
		reference(node);
		return false;
	}

	@Override
	public boolean visit(NameQualifiedType node) {
		reference(node);
		return false;
	}

	private void reference(Type node) {
		var type = reader.type();
		if (type != null) {
			type.references.merge(WrittenTypes.of(node), 1, Integer::sum);
		}
	}
}
