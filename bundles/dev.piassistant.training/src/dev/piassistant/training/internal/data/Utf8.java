package dev.piassistant.training.internal.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.piassistant.core.training.DatasetProblem;

/**
 * Reads a file as UTF-8, refusing bytes that are not: a Latin-1 or Windows-1252 export would otherwise turn
 * into replacement characters that train silently. A byte order mark is dropped.
 */
public final class Utf8 {

	private Utf8() {
	}

	public static String read(Path file) throws IOException {
		var bytes = Files.readAllBytes(file);
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(bytes);
		var out = CharBuffer.allocate(bytes.length);
		var result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw Problems.of(new DatasetProblem.NotUtf8(file.toString(), lineAt(bytes, in.position()), in.position()));
		}
		decoder.flush(out);
		out.flip();
		var text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static long lineAt(byte[] bytes, int offset) {
		long line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
