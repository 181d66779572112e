package dev.piassistant.memory.internal.text;

/**
 * Martin Porter's stemming algorithm (1980), the one SQLite's "porter" tokenizer applies: "parsing", "parsed" and
 * "parses" all become "pars", so a question's words find the code's. Takes lower-case ASCII words; words shorter
 * than three letters, longer than {@value #MAX} or with other characters are left as they are.
 */
public final class Porter {

	static final int MAX = 64;

	private final char[] b = new char[MAX];
	/** The word is b[0..k]; j marks the end of a stem during a step. */
	private int k;
	private int j;

	/** Not thread-safe: one per thread. */
	public Porter() {
	}

	public String stem(String word) {
		int n = word.length();
		if (n < 3 || n > MAX) {
			return word;
		}
		for (int i = 0; i < n; i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return word;
			}
			b[i] = c;
		}
		k = n - 1;
		step1ab();
		if (k > 0) {
			step1c();
			step2();
			step3();
			step4();
			step5();
		}
		return k + 1 == n ? word : new String(b, 0, k + 1);
	}

	private boolean consonant(int i) {
		return switch (b[i]) {
		case 'a', 'e', 'i', 'o', 'u' -> false;
		case 'y' -> i == 0 || !consonant(i - 1);
		default -> true;
		};
	}

	/** The number of vowel-consonant sequences in b[0..j]. */
	private int measure() {
		int n = 0;
		int i = 0;
		while (true) {
			if (i > j) {
				return n;
			}
			if (!consonant(i)) {
				break;
			}
			i++;
		}
		i++;
		while (true) {
			while (true) {
				if (i > j) {
					return n;
				}
				if (consonant(i)) {
					break;
				}
				i++;
			}
			i++;
			n++;
			while (true) {
				if (i > j) {
					return n;
				}
				if (!consonant(i)) {
					break;
				}
				i++;
			}
			i++;
		}
	}

	private boolean vowelInStem() {
		for (int i = 0; i <= j; i++) {
			if (!consonant(i)) {
				return true;
			}
		}
		return false;
	}

	private boolean doubleConsonant(int at) {
		return at >= 1 && b[at] == b[at - 1] && consonant(at);
	}

	/** Consonant-vowel-consonant ending at i, the last not w, x or y: "hop", not "how". */
	private boolean cvc(int i) {
		if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
			return false;
		}
		char c = b[i];
		return c != 'w' && c != 'x' && c != 'y';
	}

	private boolean ends(String suffix) {
		int length = suffix.length();
		int from = k - length + 1;
		if (from < 0) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (b[from + i] != suffix.charAt(i)) {
				return false;
			}
		}
		j = k - length;
		return true;
	}

	private void setTo(String replacement) {
		int length = replacement.length();
		for (int i = 0; i < length; i++) {
			b[j + 1 + i] = replacement.charAt(i);
		}
		k = j + length;
	}

	private void replaceIfMeasured(String replacement) {
		if (measure() > 0) {
			setTo(replacement);
		}
	}

	private void step1ab() {
		if (b[k] == 's') {
			if (ends("sses")) {
				k -= 2;
			} else if (ends("ies")) {
				setTo("i");
			} else if (b[k - 1] != 's') {
				k--;
			}
		}
		if (ends("eed")) {
			if (measure() > 0) {
				k--;
			}
		} else if ((ends("ed") || ends("ing")) && vowelInStem()) {
			k = j;
			if (ends("at")) {
				setTo("ate");
			} else if (ends("bl")) {
				setTo("ble");
			} else if (ends("iz")) {
				setTo("ize");
			} else if (doubleConsonant(k)) {
				char c = b[k];
				if (c != 'l' && c != 's' && c != 'z') {
					k--;
				}
			} else {
				j = k;
				if (measure() == 1 && cvc(k)) {
					setTo("e");
				}
			}
		}
	}

	private void step1c() {
		if (ends("y") && vowelInStem()) {
			b[k] = 'i';
		}
	}

	private static final String[][] STEP2 = { { "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" }, { "anci", "ance" },
			{ "izer", "ize" }, { "bli", "ble" }, { "alli", "al" }, { "entli", "ent" }, { "eli", "e" }, { "ousli", "ous" },
			{ "ization", "ize" }, { "ation", "ate" }, { "ator", "ate" }, { "alism", "al" }, { "iveness", "ive" },
			{ "fulness", "ful" }, { "ousness", "ous" }, { "aliti", "al" }, { "iviti", "ive" }, { "biliti", "ble" },
			{ "logi", "log" } };

	private static final String[][] STEP3 = { { "icate", "ic" }, { "ative", "" }, { "alize", "al" }, { "iciti", "ic" },
			{ "ical", "ic" }, { "ful", "" }, { "ness", "" } };

	private static final String[] STEP4 = { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
			"ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize" };

	private void step2() {
		replaceFirst(STEP2);
	}

	private void step3() {
		replaceFirst(STEP3);
	}

	private void replaceFirst(String[][] rules) {
		for (var rule : rules) {
			if (ends(rule[0])) {
				replaceIfMeasured(rule[1]);
				return;
			}
		}
	}

	private void step4() {
		for (var suffix : STEP4) {
			if (ends(suffix)) {
				if (suffix.equals("ion") && !(j >= 0 && (b[j] == 's' || b[j] == 't'))) {
					return;
				}
				if (measure() > 1) {
					k = j;
				}
				return;
			}
		}
	}

	private void step5() {
		j = k;
		if (b[k] == 'e') {
			int m = measure();
			if (m > 1 || m == 1 && !cvc(k - 1)) {
				k--;
			}
		}
		if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
			k--;
		}
	}
}
