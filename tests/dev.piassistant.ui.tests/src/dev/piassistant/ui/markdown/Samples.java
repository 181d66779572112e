package dev.piassistant.ui.markdown;

/** Markdown as an assistant writes it, for tests and measurements. */
final class Samples {

	/** One answer of about 1.6 KB that uses every construct the renderer knows, and some it does not. */
	static final String ANSWER = """
			## Why the build fails

			The compiler stops at `ProviderConfig.normalizeBaseUrl` because the **base URL** has a *trailing
			slash*. There are ***two*** ways to fix it:

			1. Strip the slash before validating, as the [URI docs](https://docs.oracle.com/javase/17/docs/api/java.base/java/net/URI.html) suggest.
			2. Accept both forms and normalise later.
			   - this keeps the settings page simple
			   - but every caller must remember it

			> **Note:** the settings page already trims whitespace,
			> so only the slash is left to handle.
			>
			> See `ProviderSettings` for details.

			Here is the change:

			```java
			public static String normalizeBaseUrl(String baseUrl) {
				var trimmed = baseUrl.strip();
				while (trimmed.endsWith("/")) {
					trimmed = trimmed.substring(0, trimmed.length() - 1);
				}
				return trimmed;
			}
			```

			And the test that covers it:

			```java
			@Test
			void trailingSlashesAreDropped() {
				assertEquals("http://localhost:1234/v1", normalize("http://localhost:1234/v1//"));
			}
			```

			### Running it

			Run the build with:

			    ./mvnw -o verify -pl bundles/dev.piassistant.core

			If it still fails, check the log:
			* the *first* error is the one that matters
			* warnings about `sun.misc.Unsafe` are harmless
			* a <kbd>Ctrl</kbd>+<kbd>C</kbd> leaves the lock file behind, delete `target/.lock`

			---

			| Option | Effect |
			|--------|--------|
			| `-o`   | offline |

			<details>
			<summary>Full stack trace</summary>
			java.lang.IllegalArgumentException: 'http://' is not an http:// or https:// address with a host.
			</details>

			That's all; let me know if ~~anything~~ something is unclear.
			Line two of the last paragraph,\\
			and a hard break before this one.
			""";

	/** About 10 KB: the answer six times, each under its own heading. */
	static final String LONG_ANSWER = longAnswer(6);

	private Samples() {
	}

	private static String longAnswer(int copies) {
		var markdown = new StringBuilder();
		for (int i = 1; i <= copies; i++) {
			markdown.append("# Part ").append(i).append("\n\n").append(ANSWER).append('\n');
		}
		return markdown.toString();
	}
}
