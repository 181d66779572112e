package dev.piassistant.tools.jdt.internal.refactor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.internal.corext.refactoring.ParameterInfo;

/**
 * A method's new parameter list as the model gives it, applied to JDT's parameter infos: a parameter that names an
 * existing one ({@code from}) keeps it (renamed or retyped when asked), one without is added with the value callers
 * pass, and the existing ones left out are removed.
 */
public final class Signatures {

	/**
	 * One parameter of the new list.
	 *
	 * @param from         the existing parameter's name, or empty for a new one
	 * @param defaultValue what callers pass for a new parameter
	 */
	public record Parameter(String name, String type, String from, String defaultValue) {
	}

	private Signatures() {
	}

	static void apply(List<ParameterInfo> infos, List<Parameter> parameters) throws UnreviewableException {
		var old = new ArrayList<>(infos);
		var ordered = new ArrayList<ParameterInfo>();
		for (var parameter : parameters) {
			if (parameter.name().isBlank()) {
				throw new UnreviewableException("every parameter needs a name");
			}
			if (parameter.from().isBlank()) {
				if (parameter.type().isBlank() || parameter.defaultValue().isBlank()) {
					throw new UnreviewableException("the new parameter " + parameter.name() + " needs a type and the "
							+ "defaultValue its callers pass");
				}
				ordered.add(ParameterInfo.createInfoForAddedParameter(parameter.type(), parameter.name(), parameter.defaultValue()));
				continue;
			}
			var existing = old.stream().filter(info -> info.getOldName().equals(parameter.from())).findFirst()
					.orElseThrow(() -> new UnreviewableException("the method has no parameter " + parameter.from()
							+ "; its parameters: " + String.join(", ", old.stream().map(ParameterInfo::getOldName).toList())));
			if (ordered.contains(existing)) {
				throw new UnreviewableException("the parameter " + parameter.from() + " is named twice");
			}
			existing.setNewName(parameter.name());
			if (!parameter.type().isBlank() && !parameter.type().equals(existing.getOldTypeName())) {
				existing.setNewTypeName(parameter.type());
			}
			ordered.add(existing);
		}
		for (var info : old) {
			if (!ordered.contains(info)) {
				info.markAsDeleted();
				ordered.add(info);
			}
		}
		infos.clear();
		infos.addAll(ordered);
	}

	static String text(List<Parameter> parameters) {
		return String.join(", ", parameters.stream().map(parameter -> (parameter.type().isBlank() ? "" : parameter.type() + " ")
				+ parameter.name()).toList());
	}
}
