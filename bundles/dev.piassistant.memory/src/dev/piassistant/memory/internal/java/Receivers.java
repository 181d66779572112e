package dev.piassistant.memory.internal.java;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.core.dom.ArrayAccess;
import org.eclipse.jdt.core.dom.CastExpression;
import org.eclipse.jdt.core.dom.CharacterLiteral;
import org.eclipse.jdt.core.dom.ClassInstanceCreation;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.FieldAccess;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.Name;
import org.eclipse.jdt.core.dom.ParenthesizedExpression;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.SuperFieldAccess;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.TextBlock;
import org.eclipse.jdt.core.dom.ThisExpression;
import org.eclipse.jdt.core.dom.TypeLiteral;

/** What an expression gives, as far as its syntax tells: enough to find the type a method is called on. */
final class Receivers {

	private Receivers() {
	}

	static Receiver of(@Nullable Expression expression) {
		if (expression == null) {
			return Receiver.IMPLICIT;
		}
		if (expression instanceof ThisExpression self) {
			return self.getQualifier() == null ? Receiver.THIS : new Receiver.Typed(self.getQualifier().getFullyQualifiedName());
		}
		if (expression instanceof Name name) {
			return new Receiver.Named(name.getFullyQualifiedName());
		}
		if (expression instanceof MethodInvocation call) {
			return new Receiver.Call(of(call.getExpression()), call.getName().getIdentifier(), call.arguments().size());
		}
		if (expression instanceof SuperMethodInvocation call) {
			return new Receiver.Call(Receiver.SUPER, call.getName().getIdentifier(), call.arguments().size());
		}
		if (expression instanceof FieldAccess access) {
			return new Receiver.FieldOf(of(access.getExpression()), access.getName().getIdentifier());
		}
		if (expression instanceof SuperFieldAccess access) {
			return new Receiver.FieldOf(Receiver.SUPER, access.getName().getIdentifier());
		}
		if (expression instanceof ClassInstanceCreation creation) {
			return creation.getAnonymousClassDeclaration() == null ? new Receiver.Typed(WrittenTypes.of(creation.getType()))
					: Receiver.UNKNOWN;
		}
		if (expression instanceof CastExpression cast) {
			return new Receiver.Typed(WrittenTypes.of(cast.getType()));
		}
		if (expression instanceof ParenthesizedExpression parenthesized) {
			return of(parenthesized.getExpression());
		}
		if (expression instanceof ArrayAccess access) {
			return new Receiver.Element(of(access.getArray()));
		}
		if (expression instanceof StringLiteral || expression instanceof TextBlock) {
			return new Receiver.Typed("String");
		}
		if (expression instanceof CharacterLiteral) {
			return new Receiver.Typed("char");
		}
		if (expression instanceof TypeLiteral) {
			return new Receiver.Typed("Class");
		}
		return Receiver.UNKNOWN;
	}
}
