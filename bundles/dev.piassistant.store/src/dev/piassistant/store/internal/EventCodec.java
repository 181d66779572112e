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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventTypes;

/**
 * Turns events into JSON and back. The event's simple class name is its type in the log; every sealed value
 * inside an event carries its record's simple name in a "kind" property; identifiers are plain strings.
 * Which types those are is found by walking the event records ({@link ValueTypes}). Records are read through
 * their canonical constructors, so their validation and defaults apply to what comes back from disk too:
 * components that older events lack arrive as null and the records fill them in.
 */
public final class EventCodec {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	private interface SealedMixin {
	}

	private final ObjectMapper mapper = new ObjectMapper();
	private final Map<String, Class<? extends AgentEvent>> eventTypes = EventTypes.all().stream()
			.collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

	public EventCodec() {
		mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
		mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
		mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		// A record without components (Answer.Stop) is written as its kind alone.
		mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
		var values = ValueTypes.reachableFrom(eventTypes.values());
		values.sealedTypes().forEach(type -> mapper.addMixIn(type, SealedMixin.class));
		values.kinds().forEach((type, kind) -> mapper.registerSubtypes(new NamedType(type, kind)));
		mapper.registerModule(valueModule(values));
	}

	public String typeOf(AgentEvent event) {
		return event.getClass().getSimpleName();
	}

	public String encode(AgentEvent event) {
		try {
			return mapper.writeValueAsString(event);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot encode " + typeOf(event) + ": " + e.getMessage(), e);
		}
	}

	/** Decodes a stored event; empty when the type is unknown to this version. */
	public Optional<AgentEvent> decode(String type, String payload) throws IOException {
		var eventType = eventTypes.get(type);
		if (eventType == null) {
			return Optional.empty();
		}
		if (LegacyPayloads.mayNeedUpgrade(payload)) {
			var tree = mapper.readTree(payload);
			LegacyPayloads.upgrade(tree);
			return Optional.of(mapper.treeToValue(tree, eventType));
		}
		return Optional.of(mapper.readValue(payload, eventType));
	}

	private static SimpleModule valueModule(ValueTypes values) {
		var module = new SimpleModule("pi-assistant-values");
		StringValues.add(module, Instant.class, Instant::toString, Instant::parse);
		values.identifiers().forEach(type -> StringValues.addIdentifier(module, type));
		return module;
	}
}
