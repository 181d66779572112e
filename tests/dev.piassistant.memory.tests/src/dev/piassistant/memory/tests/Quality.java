package dev.piassistant.memory.tests;

import java.util.List;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.MemoryService;

/** MRR@10 and recall@10 of a way of searching over Javadoc questions. */
record Quality(double mrr, double recall) {

	static final int DEPTH = 10;

	static Quality of(MemoryService memory, List<JavadocQuestions> questions, Hit.Signal... signals) {
		double reciprocal = 0;
		int found = 0;
		for (var question : questions) {
			var hits = memory.search(MemoryQuery.of(question.query(), DEPTH).only(signals));
			for (int rank = 0; rank < hits.size(); rank++) {
				if (answers(hits.get(rank), question)) {
					reciprocal += 1.0 / (rank + 1);
					found++;
					break;
				}
			}
		}
		return questions.isEmpty() ? new Quality(0, 0) : new Quality(reciprocal / questions.size(), (double) found / questions.size());
	}

	/** The hit is the method asked about: same file, same name, and the method's name line inside the hit's lines. */
	private static boolean answers(Hit hit, JavadocQuestions question) {
		var source = hit.source();
		return source.path().endsWith("/" + question.path()) && hit.entity().name().equals(question.method())
				&& source.startLine() <= question.line() && question.line() <= source.endLine();
	}
}
