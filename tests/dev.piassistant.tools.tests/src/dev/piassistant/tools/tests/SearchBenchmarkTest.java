package dev.piassistant.tools.tests;

/** Runs the search benchmark once, tiny, with the tests, so that it keeps working; {@code ./pi bench} runs it in full. */
class SearchBenchmarkTest extends SearchBenchmark {
}
