package dev.piassistant.tools.internal.secrets;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The environment commands run with: this process's, without variables that hold secrets or reach the user's
 * keys (SSH and GPG agents), and with pagers and prompts turned off so that nothing waits for a terminal.
 */
public final class Environment {

	private static final Pattern SECRET_NAME = Pattern.compile(
			"(?i).*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|AUTH|COOKIE|SESSION|PRIVATE).*");
	private static final Set<String> SECRET_PREFIXES = Set.of("AWS_", "AZURE_", "GOOGLE_", "GCP_", "OPENAI", "ANTHROPIC", "HF_",
			"HUGGINGFACE", "GH_", "GITHUB_", "GITLAB_", "NPM_", "DOCKER_", "VAULT_", "SSH_", "GPG_", "GNUPG", "KUBE", "OLLAMA_",
			"MISTRAL", "GROQ", "COHERE", "DEEPSEEK", "TOGETHER", "OPENROUTER", "PI_ASSISTANT");
	private static final Map<String, String> QUIET = Map.of("GIT_TERMINAL_PROMPT", "0", "GIT_PAGER", "cat", "PAGER", "cat",
			"GIT_ASKPASS", "", "SSH_ASKPASS", "", "DEBIAN_FRONTEND", "noninteractive", "NO_COLOR", "1", "TERM", "dumb");

	private Environment() {
	}

	public static boolean isSecretName(String name) {
		if (name.equals("PATH") || name.equals("HOME") || name.equals("PWD") || name.equals("OLDPWD")) {
			return false;
		}
		return SECRET_NAME.matcher(name).matches() || SECRET_PREFIXES.stream().anyMatch(name.toUpperCase(java.util.Locale.ROOT)::startsWith);
	}

	/** The environment for a command: the given one without secrets, quiet. */
	public static Map<String, String> forCommands(Map<String, String> environment) {
		var scrubbed = new HashMap<String, String>();
		environment.forEach((name, value) -> {
			if (!isSecretName(name)) {
				scrubbed.put(name, value);
			}
		});
		scrubbed.putAll(QUIET);
		return scrubbed;
	}
}
