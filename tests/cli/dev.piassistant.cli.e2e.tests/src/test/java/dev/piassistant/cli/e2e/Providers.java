package dev.piassistant.cli.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The providers file as the Pi IDE's Providers page writes it: one OpenAI-compatible server, its model the default. */
final class Providers {

	static final String NAME = "Scripted";
	static final String MODEL = "scripted-model";

	private Providers() {
	}

	static void write(Path piHome, String baseUrl) throws IOException {
		write(piHome, baseUrl, "OPENAI_COMPATIBLE");
	}

	/** One provider of the given kind (OPENAI_COMPATIBLE, ANTHROPIC, OLLAMA) at the server. */
	static void write(Path piHome, String baseUrl, String kind) throws IOException {
		Files.writeString(piHome.resolve("providers.json"), """
				{
				  "providers" : [ {
				    "id" : "scripted-1",
				    "name" : "%s",
				    "kind" : "%s",
				    "baseUrl" : "%s/v1",
				    "defaultModel" : "%s"
				  } ],
				  "defaultModel" : { "providerId" : "scripted-1", "model" : "%s" }
				}
				""".formatted(NAME, kind, baseUrl, MODEL, MODEL));
	}
}
