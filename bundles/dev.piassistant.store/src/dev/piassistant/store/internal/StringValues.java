package dev.piassistant.store.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** Values written as a JSON string: instants, and identifiers (records of one String named value). */
final class StringValues {

	private StringValues() {
	}

	static <T> void add(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
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

	static <T> void addIdentifier(SimpleModule module, Class<T> type) {
		try {
			var accessor = type.getRecordComponents()[0].getAccessor();
			var constructor = type.getDeclaredConstructor(String.class);
			add(module, type, value -> (String) invoke(() -> accessor.invoke(value)),
					text -> type.cast(invoke(() -> constructor.newInstance(text))));
		} catch (NoSuchMethodException e) {
			throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
		}
	}

	@FunctionalInterface
	private interface Reflective {
		Object call() throws ReflectiveOperationException;
	}

	/** The identifier's own exception (a blank id) comes through as itself, not wrapped. */
	private static Object invoke(Reflective call) {
		try {
			return call.call();
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
