package dev.piassistant.memory.embeddings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The quantized all-MiniLM-L6-v2 in ONNX Runtime: word pieces in, the mean of the last hidden states over the real
 * tokens out, scaled to unit length (as sentence-transformers does for this model). A batch is padded to its
 * longest text only. A single text (a search's query) runs in a session of its own on the calling thread alone:
 * waking the runtime's worker threads costs more than they save on a few tokens, and on a small machine they would
 * compete with the keyword search that runs beside it.
 */
public final class MiniLm implements AutoCloseable {

	public static final String NAME = "all-MiniLM-L6-v2-q";
	public static final int DIMENSIONS = 384;

	private final OrtEnvironment environment;
	private final OrtSession session;
	private final OrtSession single;
	private final WordPieces tokenizer;

	public MiniLm(InputStream model, InputStream tokenizerJson, int threads) {
		try {
			this.tokenizer = new WordPieces(vocabulary(tokenizerJson));
			this.environment = OrtEnvironment.getEnvironment();
			var bytes = model.readAllBytes();
			this.session = session(bytes, threads);
			this.single = session(bytes, 1);
		} catch (IOException e) {
			throw new UncheckedIOException("The embedding model could not be read: " + e.getMessage(), e);
		} catch (OrtException e) {
			throw new IllegalStateException("ONNX Runtime could not load the embedding model: " + e.getMessage(), e);
		}
	}

	private OrtSession session(byte[] model, int threads) throws OrtException {
		try (var options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(threads);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			return environment.createSession(model, options);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Integer> vocabulary(InputStream tokenizerJson) throws IOException {
		var json = new ObjectMapper().readTree(tokenizerJson);
		var vocabulary = new HashMap<String, Integer>();
		json.path("model").path("vocab").fields().forEachRemaining(entry -> vocabulary.put(entry.getKey(), entry.getValue().asInt()));
		if (vocabulary.isEmpty()) {
			throw new IOException("the tokenizer file has no vocabulary");
		}
		return vocabulary;
	}

	public WordPieces tokenizer() {
		return tokenizer;
	}

	public List<float[]> embed(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		var encoded = texts.stream().map(tokenizer::encode).toList();
		var length = encoded.stream().mapToInt(ids -> ids.length).max().orElse(2);
		var batch = texts.size();
		var ids = new long[batch * length];
		var mask = new long[batch * length];
		for (int row = 0; row < batch; row++) {
			var tokens = encoded.get(row);
			for (int i = 0; i < tokens.length; i++) {
				ids[row * length + i] = tokens[i];
				mask[row * length + i] = 1;
			}
		}
		try {
			return run(ids, mask, batch, length);
		} catch (OrtException e) {
			throw new IllegalStateException("The embedding model failed: " + e.getMessage(), e);
		}
	}

	private List<float[]> run(long[] ids, long[] mask, int batch, int length) throws OrtException {
		var shape = new long[] { batch, length };
		var inputs = new HashMap<String, OnnxTensor>();
		try {
			for (var name : session.getInputNames()) {
				var values = switch (name) {
				case "input_ids" -> ids;
				case "attention_mask" -> mask;
				default -> new long[ids.length];
				};
				inputs.put(name, OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape));
			}
			try (var result = (batch == 1 ? single : session).run(inputs)) {
				var hidden = (float[][][]) result.get(0).getValue();
				return pool(hidden, mask, length);
			}
		} finally {
			inputs.values().forEach(OnnxTensor::close);
		}
	}

	private static List<float[]> pool(float[][][] hidden, long[] mask, int length) {
		var vectors = new ArrayList<float[]>(hidden.length);
		for (int row = 0; row < hidden.length; row++) {
			var sum = new float[hidden[row][0].length];
			int count = 0;
			for (int token = 0; token < length; token++) {
				if (mask[row * length + token] == 0) {
					continue;
				}
				count++;
				for (int d = 0; d < sum.length; d++) {
					sum[d] += hidden[row][token][d];
				}
			}
			double norm = 0;
			for (int d = 0; d < sum.length; d++) {
				sum[d] /= Math.max(1, count);
				norm += sum[d] * sum[d];
			}
			var scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
			for (int d = 0; d < sum.length; d++) {
				sum[d] *= scale;
			}
			vectors.add(sum);
		}
		return vectors;
	}

	@Override
	public void close() {
		close(session);
		close(single);
	}

	private static void close(OrtSession closed) {
		try {
			closed.close();
		} catch (OrtException e) {
			// Closing frees native memory; a failure leaves nothing to do.
		}
	}
}
