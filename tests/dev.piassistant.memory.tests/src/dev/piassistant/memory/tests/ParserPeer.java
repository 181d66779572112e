package dev.piassistant.memory.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;

/**
 * The peer of the indexing speed: JDT's parser alone over the same files, syntax only as the memory parses them,
 * on as many threads as the memory reads with, and nothing else (no graph, no chunks, no database). What indexing
 * takes beyond it is the memory's own work.
 */
final class ParserPeer {

	private ParserPeer() {
	}

	/** Seconds to read and parse all the files; fails if any does not parse to a compilation unit. */
	static double parseAll(Path folder, List<String> files) throws Exception {
		var options = JavaCore.getOptions();
		JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
		options.put(JavaCore.COMPILER_DOC_COMMENT_SUPPORT, JavaCore.DISABLED);
		options.put(JavaCore.COMPILER_TASK_TAGS, "");
		Map<String, String> fixed = Map.copyOf(options);
		var threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var started = System.nanoTime();
			var parsed = new ArrayList<Future<Integer>>();
			for (var file : files) {
				parsed.add(pool.submit(() -> {
					var parser = ASTParser.newParser(AST.getJLSLatest());
					parser.setKind(ASTParser.K_COMPILATION_UNIT);
					parser.setCompilerOptions(fixed);
					parser.setResolveBindings(false);
					parser.setSource(Files.readString(folder.resolve(file)).toCharArray());
					return ((CompilationUnit) parser.createAST(null)).types().size();
				}));
			}
			for (var future : parsed) {
				future.get();
			}
			return (System.nanoTime() - started) / 1e9;
		} finally {
			pool.shutdownNow();
		}
	}
}
