package dev.piassistant.cli.internal.render;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.plan.StepId;

/**
 * An event as one line of JSON: {@code "type"} is the event's name in the log, then its fields. Ids and
 * times are strings; a nested sealed value (a provider error, a task problem, a pause reason, an answer)
 * carries its own name in {@code "kind"}, as the event log writes them. Non-ASCII text is escaped, so the
 * lines read the same whatever the terminal's encoding.
 */
public final class JsonLines {

	@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
	private interface Kinded {
	}

	private final ObjectMapper mapper = new ObjectMapper();

	public JsonLines() {
		mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
		mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
		mapper.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
		for (var sealed : new Class<?>[] { ProviderError.class, TaskProblem.class, PauseReason.class, Answer.class }) {
			mapper.addMixIn(sealed, Kinded.class);
		}
		mapper.registerModule(values());
	}

	public String line(AgentEvent event) {
		var line = mapper.createObjectNode().put("type", event.getClass().getSimpleName());
		line.setAll((ObjectNode) mapper.valueToTree(event));
		return write(line);
	}

	/** A line that is not an event, such as a text delta; {@code type} names it. */
	public String line(String type, ObjectNode fields) {
		var line = mapper.createObjectNode().put("type", type);
		line.setAll(fields);
		return write(line);
	}

	public ObjectNode object() {
		return mapper.createObjectNode();
	}

	private String write(ObjectNode line) {
		try {
			return mapper.writeValueAsString(line);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write " + line.path("type").asText() + " as JSON: " + e.getMessage(), e);
		}
	}

	private static SimpleModule values() {
		var module = new SimpleModule("pi-cli-values");
		asString(module, SessionId.class, SessionId::value);
		asString(module, TaskId.class, TaskId::value);
		asString(module, MessageId.class, MessageId::value);
		asString(module, QuestionId.class, QuestionId::value);
		asString(module, StepId.class, StepId::value);
		asString(module, Instant.class, Instant::toString);
		return module;
	}

	private static <T> void asString(SimpleModule module, Class<T> type, Function<T, String> text) {
		module.addSerializer(type, new JsonSerializer<T>() {
			@Override
			public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
				generator.writeString(text.apply(value));
			}
		});
	}
}
