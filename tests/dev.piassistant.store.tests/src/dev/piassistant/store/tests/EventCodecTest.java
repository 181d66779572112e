package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.store.internal.EventCodec;
import dev.piassistant.store.internal.ValueTypes;

/** The JSON the log keeps: other tools (and later versions) read it, so its shape is part of the contract. */
class EventCodecTest {

	private static final SessionId SESSION = new SessionId("s-1");
	private static final TaskId TASK = new TaskId("t-1");
	private static final Instant AT = Instant.parse("2026-11-22T10:00:00.5Z");

	private final EventCodec codec = new EventCodec();

	@Test
	void identifiersAreWrittenAsPlainStrings() {
		assertEquals("{\"session\":\"s-1\",\"at\":\"2026-11-22T10:00:00.500Z\",\"task\":\"t-1\",\"step\":\"fix-test\"}",
				codec.encode(new StepStarted(SESSION, AT, TASK, new StepId("fix-test"))));
	}

	@Test
	void sealedValuesCarryTheirKindAtEveryDepth() throws Exception {
		var failed = new TaskFailed(SESSION, AT, TASK,
				new TaskProblem.ProviderFailed(new ProviderError.NotConfigured(ProviderError.Missing.API_KEY, "Anthropic")), Spend.NONE);
		var json = codec.encode(failed);
		assertTrue(json.contains("\"problem\":{\"kind\":\"ProviderFailed\",\"error\":{\"kind\":\"NotConfigured\","
				+ "\"missing\":\"API_KEY\",\"name\":\"Anthropic\"}}"), json);
		assertEquals(Optional.of(failed), codec.decode("TaskFailed", json));
	}

	@Test
	void aRecordWithoutComponentsIsWrittenAsItsKindAlone() throws Exception {
		var stop = new QuestionAnswered(SESSION, AT, TASK, new QuestionId("q-1"), new Answer.Stop());
		var json = codec.encode(stop);
		assertTrue(json.endsWith("\"answer\":{\"kind\":\"Stop\"},\"by\":\"USER\"}"), json);
		assertEquals(Optional.of(stop), codec.decode("QuestionAnswered", json));
	}

	@Test
	void anAnswerWrittenBeforeItsAnswererWasRecordedReadsAsTheUsers() throws Exception {
		var refused = new QuestionAnswered(SESSION, AT, TASK, new QuestionId("q-1"), new Answer.Deny("no terminal"), AnsweredBy.NOBODY);
		assertEquals(Optional.of(refused), codec.decode("QuestionAnswered", codec.encode(refused)));
		var earlier = "{\"session\":\"s-1\",\"at\":\"2026-11-22T10:00:00.500Z\",\"task\":\"t-1\",\"question\":\"q-1\","
				+ "\"answer\":{\"kind\":\"Deny\",\"note\":\"not now\"}}";
		var read = (QuestionAnswered) codec.decode("QuestionAnswered", earlier).orElseThrow();
		assertEquals(AnsweredBy.USER, read.by());
		assertEquals(new Answer.Deny("not now"), read.answer());
	}

	@Test
	void absentOptionalValuesAreWrittenAsNullAndReadBackAsNull() throws Exception {
		var request = new ToolCallRequested(SESSION, AT, TASK, null, new ToolCall("c-1", "grep", "{}"), null);
		var json = codec.encode(request);
		assertTrue(json.contains("\"step\":null") && json.contains("\"risk\":null"), json);
		var read = (ToolCallRequested) codec.decode("ToolCallRequested", json).orElseThrow();
		assertNull(read.step());
		assertNull(read.risk());
	}

	@Test
	void anUnknownKindIsAnErrorNotAWrongValue() {
		var json = "{\"session\":\"s-1\",\"at\":\"2026-11-22T10:00:00Z\",\"task\":\"t-1\",\"question\":\"q-1\","
				+ "\"answer\":{\"kind\":\"Maybe\"}}";
		var error = assertThrows(Exception.class, () -> codec.decode("QuestionAnswered", json));
		assertTrue(error.getMessage().contains("Maybe"), error.getMessage());
	}

	// Types of a made-up event, to show what the walk finds without a list kept by hand.
	sealed interface Shape permits Circle, Polygon {
	}

	record Circle(double radius) implements Shape {
	}

	sealed interface Polygon extends Shape permits Square {
	}

	record Square(double side) implements Polygon {
	}

	sealed interface Mark permits Tick {
	}

	record Tick(WidgetId widget) implements Mark {
	}

	record WidgetId(String value) {
	}

	record Drawing(List<Shape> shapes, Map<String, Set<Mark>> marks, Optional<? extends Shape> highlight) {
	}

	@Test
	void sealedTypesAndIdentifiersAreFoundThroughGenericTypeArgumentsAndNesting() {
		var types = ValueTypes.reachableFrom(List.of(Drawing.class));
		assertEquals(Set.of(Shape.class, Polygon.class, Mark.class), types.sealedTypes());
		assertEquals(Map.of(Circle.class, "Circle", Square.class, "Square", Tick.class, "Tick"), types.kinds());
		assertEquals(Set.of(WidgetId.class), types.identifiers());
	}

	sealed interface Outcome permits Outcome.Done, Nested {
		record Done() implements Outcome {
		}
	}

	sealed interface Nested extends Outcome permits Nested.Done {
		record Done() implements Nested {
		}
	}

	record Report(Outcome outcome) {
	}

	@Test
	void twoKindsWithTheSameNameInOneSealedTypeAreRefused() {
		var error = assertThrows(IllegalStateException.class, () -> ValueTypes.reachableFrom(List.of(Report.class)));
		assertTrue(error.getMessage().contains("'Done'"), error.getMessage());
	}
}
