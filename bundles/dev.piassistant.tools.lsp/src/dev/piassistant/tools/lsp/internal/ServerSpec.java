package dev.piassistant.tools.lsp.internal;

import java.util.List;
import java.util.Map;

/**
 * A language server as configured: its name, the command that starts it (talking LSP on stdin and stdout), the
 * file extensions it serves with the LSP language id of each, and how to install it.
 */
public record ServerSpec(String name, List<String> command, Map<String, String> languages, String install) {

	public ServerSpec {
		command = List.copyOf(command);
		languages = Map.copyOf(languages);
	}

	/** The servers Pi Assistant knows without configuration. */
	public static List<ServerSpec> defaults() {
		return List.of(
				new ServerSpec("typescript", List.of("typescript-language-server", "--stdio"),
						Map.of("ts", "typescript", "tsx", "typescriptreact", "js", "javascript", "jsx", "javascriptreact",
								"mjs", "javascript", "cjs", "javascript"),
						"npm install -g typescript-language-server typescript"),
				new ServerSpec("python", List.of("pyright-langserver", "--stdio"), Map.of("py", "python", "pyi", "python"),
						"npm install -g pyright"),
				new ServerSpec("bash", List.of("bash-language-server", "start"), Map.of("sh", "shellscript", "bash", "shellscript"),
						"npm install -g bash-language-server"));
	}
}
