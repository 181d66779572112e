package dev.piassistant.store.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventTypes;
import dev.piassistant.core.llm.ProviderError;

/**
 * Turns events into JSON and back. The event's simple class name is its type in the log; nested sealed
 * values (provider errors) carry theirs in a "kind" property. Records are read through their canonical
 * constructors, so their validation applies to what comes back from disk too.
 */
final class EventCodec {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	private interface SealedMixin {
	}

	private final ObjectMapper mapper = new ObjectMapper();
	private final Map<String, Class<?>> eventTypes = EventTypes.all().stream()
			.collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

	EventCodec() {
		mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
		mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
		mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		mapper.addMixIn(ProviderError.class, SealedMixin.class);
		for (var kind : ProviderError.class.getPermittedSubclasses()) {
			mapper.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
		}
		mapper.registerModule(valueModule());
	}

	String typeOf(AgentEvent event) {
		return event.getClass().getSimpleName();
	}

	String encode(AgentEvent event) {
		try {
			return mapper.writeValueAsString(event);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot encode " + typeOf(event) + ": " + e.getMessage(), e);
		}
	}

	/** Decodes a stored event; empty when the type is unknown to this version. */
	Optional<AgentEvent> decode(String type, String payload) throws IOException {
		var eventType = eventTypes.get(type);
		if (eventType == null) {
			return Optional.empty();
		}
		return Optional.of((AgentEvent) mapper.readValue(payload, eventType));
	}

	private static SimpleModule valueModule() {
		var module = new SimpleModule("pi-assistant-values");
		addStringValue(module, SessionId.class, SessionId::value, SessionId::new);
		addStringValue(module, MessageId.class, MessageId::value, MessageId::new);
		addStringValue(module, Instant.class, Instant::toString, Instant::parse);
		return module;
	}

	private static <T> void addStringValue(SimpleModule module, Class<T> type, Function<T, String> write,
			Function<String, T> read) {
		module.addSerializer(type, new JsonSerializer<T>() {
			@Override
			public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
				generator.writeString(write.apply(value));
			}
		});
		module.addDeserializer(type, new JsonDeserializer<T>() {
			@Override
			public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
				return read.apply(parser.getValueAsString());
			}
		});
	}
}
