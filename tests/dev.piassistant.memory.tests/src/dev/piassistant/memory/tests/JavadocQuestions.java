package dev.piassistant.memory.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.TagElement;
import org.eclipse.jdt.core.dom.TextElement;

/**
 * Questions from a codebase: the first sentence of a method's Javadoc, with the method as the answer (its file, its
 * name, a line inside it). Read with JDT's parser, independently of the memory's own reading.
 */
record JavadocQuestions(String query, String path, String method, int line) {

	/** Sentences shorter than this say too little to be a question ("Constructor."). */
	static final int MIN_WORDS = 4;

	static List<JavadocQuestions> of(Path folder, List<String> files, int wanted) throws Exception {
		return spread(all(folder, files), wanted, false);
	}

	/**
	 * Other questions from the same files, none of them among {@link #of}'s: for choosing settings without looking at
	 * the questions they are measured on.
	 */
	static List<JavadocQuestions> others(Path folder, List<String> files, int wanted) throws Exception {
		return spread(all(folder, files), wanted, true);
	}

	private static List<JavadocQuestions> all(Path folder, List<String> files) throws Exception {
		var all = new ArrayList<JavadocQuestions>();
		for (var path : files) {
			var source = Files.readString(folder.resolve(path));
			var parser = ASTParser.newParser(AST.getJLSLatest());
			parser.setSource(source.toCharArray());
			var unit = (CompilationUnit) parser.createAST(null);
			unit.accept(new ASTVisitor() {
				@Override
				public boolean visit(MethodDeclaration method) {
					var sentence = firstSentence(method);
					if (sentence.split("\\s+").length >= MIN_WORDS && method.getBody() != null) {
						all.add(new JavadocQuestions(sentence, path, method.getName().getIdentifier(),
								unit.getLineNumber(method.getName().getStartPosition())));
					}
					return true;
				}
			});
		}
		return all;
	}

	/** Spread over the codebase rather than the first files only; the others start half a step further. */
	private static List<JavadocQuestions> spread(List<JavadocQuestions> all, int wanted, boolean others) {
		var step = Math.max(others ? 2 : 1, all.size() / Math.max(1, wanted));
		var chosen = new ArrayList<JavadocQuestions>();
		for (int i = others ? step / 2 : 0; i < all.size() && chosen.size() < wanted; i += step) {
			chosen.add(all.get(i));
		}
		return chosen;
	}

	private static String firstSentence(MethodDeclaration method) {
		var doc = method.getJavadoc();
		if (doc == null) {
			return "";
		}
		var text = new StringBuilder();
		for (var tag : (List<?>) doc.tags()) {
			var element = (TagElement) tag;
			if (element.getTagName() != null) {
				break;
			}
			for (var fragment : (List<?>) element.fragments()) {
				if (fragment instanceof TextElement words) {
					text.append(words.getText()).append(' ');
				}
			}
		}
		var plain = text.toString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
		var end = plain.indexOf(". ");
		return end < 0 ? plain.replaceAll("\\.$", "") : plain.substring(0, end);
	}
}
