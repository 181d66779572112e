package dev.piassistant.cli.e2e;

import static dev.piassistant.cli.e2e.Replies.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * API keys live in Eclipse Secure Storage. Headless, pi has no dialog to ask for the storage's master password:
 * with a keyring and a password file (as the Pi IDE can be started too) it reads the key the IDE saved; without
 * the password it says that secure storage cannot be opened, and sends nothing.
 */
class ApiKeysTest {

	private static final String KEY = "sk-e2e-0123456789";

	private PiFixture fixture;
	private Path keyring;
	private Path password;

	@BeforeEach
	void start(TestInfo test) throws Exception {
		fixture = new PiFixture(test.getTestMethod().orElseThrow().getName());
		keyring = fixture.scratch.resolve("keyring");
		password = Files.writeString(fixture.scratch.resolve("keyring-password"), "correct horse battery staple");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aKeySavedInAKeyringWithAPasswordFileIsSentToTheProvider() throws Exception {
		storeKey();
		fixture.server.enqueue(say("Hello."));
		var result = fixture.pi.run(fixture.run("-eclipse.keyring", keyring.toString(), "-eclipse.password", password.toString(), "Say hello"));
		assertEquals(0, result.exit(), result.toString());
		assertEquals("Bearer " + KEY, fixture.server.takeRequest(Duration.ofSeconds(1)).header("Authorization"));
	}

	@Test
	void withoutThePasswordSecureStorageCannotBeOpenedHeadlessAndNothingIsSent() throws Exception {
		storeKey();
		var result = fixture.pi.run(fixture.run("-eclipse.keyring", keyring.toString(), "Say hello"));
		assertEquals(6, result.exit(), result.toString());
		assertTrue(result.err().contains("Eclipse Secure Storage could not be read, so the API key of Scripted is out of reach. "
				+ "See \"API keys on the command line\" in the README."), result.toString());
		assertTrue(fixture.server.requests().isEmpty(), "no request without the key");
	}

	@Test
	void aProviderThatNeedsAKeyAndHasNoneExitsWithSix() throws Exception {
		Providers.write(fixture.pi.piHome(), fixture.server.baseUrl(), "ANTHROPIC");
		var result = fixture.pi.run(fixture.run("-eclipse.keyring", keyring.toString(), "-eclipse.password", password.toString(), "Say hello"));
		assertEquals(6, result.exit(), result.toString());
		assertTrue(result.err().contains("no API key is stored for Scripted. Set it on the Pi IDE's Providers page."), result.toString());
	}

	/** Saves the key through the provider settings service, as the IDE's Providers page does. */
	private void storeKey() throws Exception {
		var stored = fixture.pi.run(List.of("-application", "dev.piassistant.cli.e2e.tools.storekey", "-eclipse.keyring",
				keyring.toString(), "-eclipse.password", password.toString(), "scripted-1", KEY));
		assertEquals(0, stored.exit(), stored.toString());
		assertTrue(Files.exists(keyring), "the keyring was written");
		assertTrue(!Files.readString(keyring).contains(KEY), "the key is encrypted in the keyring");
	}
}
