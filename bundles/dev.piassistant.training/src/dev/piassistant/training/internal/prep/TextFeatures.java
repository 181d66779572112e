package dev.piassistant.training.internal.prep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words as numbers: lower-cased words and pairs of adjacent words, counted; the most common
 * {@code vocabulary} of them in the training split (seen in at least two texts once there are
 * {@value #MIN_ROWS_FOR_PRUNING} or more) are the features, each weighted by sub-linear term frequency
 * times smoothed inverse document frequency, and the vector scaled to length 1 (TF-IDF as scikit-learn
 * computes it with {@code sublinear_tf=True}).
 */
public final class TextFeatures {

	static final int MIN_ROWS_FOR_PRUNING = 500;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private TextFeatures() {
	}

	/** The words and word pairs of a text, in order, repeats kept. */
	public static List<String> terms(String text) {
		var words = new ArrayList<String>();
		var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		var terms = new ArrayList<String>(words.size() * 2);
		terms.addAll(words);
		for (int i = 1; i < words.size(); i++) {
			terms.add(words.get(i - 1) + " " + words.get(i));
		}
		return terms;
	}

	/** The vocabulary and its inverse document frequencies, from the training texts. */
	public static Fitted fit(List<String> texts, int vocabulary) {
		var documentFrequency = new HashMap<String, Integer>();
		for (var text : texts) {
			new HashSet<>(terms(text)).forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
		}
		int minimum = texts.size() >= MIN_ROWS_FOR_PRUNING ? 2 : 1;
		var kept = documentFrequency.entrySet().stream().filter(entry -> entry.getValue() >= minimum)
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(vocabulary).map(Map.Entry::getKey).toList();
		var idf = new double[kept.size()];
		for (int i = 0; i < idf.length; i++) {
			idf[i] = Math.log((1.0 + texts.size()) / (1.0 + documentFrequency.get(kept.get(i)))) + 1;
		}
		return new Fitted(kept, idf);
	}

	/** A fitted vocabulary. */
	public record Fitted(List<String> vocabulary, double[] idf) {
	}

	/** Writes the text's TF-IDF vector into {@code into} from {@code offset}. */
	public static void encode(String text, Map<String, Integer> index, double[] idf, float[] into, int offset) {
		var counts = new HashMap<Integer, Integer>();
		for (var term : terms(text)) {
			var position = index.get(term);
			if (position != null) {
				counts.merge(position, 1, Integer::sum);
			}
		}
		double norm = 0;
		for (var entry : counts.entrySet()) {
			var weight = (1 + Math.log(entry.getValue())) * idf[entry.getKey()];
			into[offset + entry.getKey()] = (float) weight;
			norm += weight * weight;
		}
		if (norm > 0) {
			var scale = (float) (1 / Math.sqrt(norm));
			for (var position : counts.keySet()) {
				into[offset + position] *= scale;
			}
		}
	}
}
