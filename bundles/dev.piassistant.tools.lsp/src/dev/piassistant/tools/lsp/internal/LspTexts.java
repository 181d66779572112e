package dev.piassistant.tools.lsp.internal;

import java.nio.file.Path;

/** What the agent is told about language servers, in one place (model-facing text). */
final class LspTexts {

	private LspTexts() {
	}

	static String notInstalled(ServerSpec spec, LspSettings settings) {
		var program = spec.command().get(0);
		return "No language server for ." + String.join(", .", spec.languages().keySet().stream().sorted().toList())
				+ " files is installed: '" + program + "' was not found on the PATH"
				+ (settings.folders().isEmpty() ? "" : " or in " + settings.folders()) + "."
				+ (spec.install().isBlank() ? "" : " Install it with: " + spec.install() + ".")
				+ " If it is installed elsewhere, name its folder in ~/.pi-assistant/settings.json: "
				+ "{\"languageServers\": {\"folders\": [\"/path/to/its/bin\"]}}.";
	}

	static String noServer(Path file, LspSettings settings) {
		if (LspSettings.extension(file).equals("java")) {
			return "Java files are not served by a language server here: Pi Assistant reads Java through the IDE's own Java tools.";
		}
		return "No language server is configured for '" + file.getFileName() + "'. Language servers serve: ."
				+ String.join(", .", settings.extensions()) + ". Configure one in ~/.pi-assistant/settings.json: "
				+ "{\"languageServers\": {\"servers\": {\"name\": {\"command\": [\"program\", \"--stdio\"], "
				+ "\"extensions\": {\"ext\": \"languageId\"}}}}}.";
	}

	static String noFile(String path) {
		return "There is no file '" + path + "' in the workspace.";
	}

	static String outside(String path) {
		return "'" + path + "' is outside the workspace; language servers read the workspace's files only.";
	}

	static String noDiagnostics(String path) {
		return "The language server reports no problems in " + path + ".";
	}

	static String diagnosticsTimedOut(String server, String path, long seconds) {
		return "The language server " + server + " sent no diagnostics for " + path + " within " + seconds
				+ " s (it may still be analysing the project); try again shortly.";
	}

	static String nothingFound(String what, String path, long line, long column) {
		return "The language server found no " + what + " at " + path + ":" + line + ":" + column + ".";
	}
}
