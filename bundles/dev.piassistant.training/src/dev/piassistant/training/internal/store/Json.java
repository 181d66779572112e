package dev.piassistant.training.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Records to JSON and back, for the database's JSON columns and the files kept with a model. */
public final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(SerializationFeature.INDENT_OUTPUT);

	private Json() {
	}

	public static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
		}
	}

	public static <T> T read(String json, Class<T> type) {
		try {
			return MAPPER.readValue(json, type);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
		}
	}

	public static void writeFile(Path file, Object value) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, write(value));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static <T> T readFile(Path file, Class<T> type) {
		try {
			return read(Files.readString(file), type);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
