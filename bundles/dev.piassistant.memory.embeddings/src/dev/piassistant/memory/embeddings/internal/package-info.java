/**
 * Search by meaning for the memory: the quantized all-MiniLM-L6-v2 (the ONNX model that ships inside its jar, so
 * nothing is downloaded) run in-process with ONNX Runtime, with a BERT word-piece tokenizer of its own.
 */
@NonNullByDefault
package dev.piassistant.memory.embeddings.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
