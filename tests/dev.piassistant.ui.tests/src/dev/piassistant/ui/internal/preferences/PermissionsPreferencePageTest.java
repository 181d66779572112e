package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.GrantTemplate;
import dev.piassistant.core.tool.PermissionRules;
import dev.piassistant.core.tool.PermissionSettings;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;

/**
 * The Permissions page against the real permission settings (the user's file): standing rules and templates are
 * shown, edited as text, checked line by line, and stored only by OK or Apply.
 */
@ExtendWith(FailOnLoggedErrors.class)
class PermissionsPreferencePageTest {

	private final PreferencePages pages = new PreferencePages();
	private final PermissionSettings settings = OsgiServices.await(PermissionSettings.class, Duration.ofSeconds(20));

	@BeforeEach
	@AfterEach
	void nothingStored() {
		pages.close();
		settings.setUserRules(PermissionRules.NONE);
		settings.setUserTemplates(List.of());
	}

	private PermissionsPreferencePage open() {
		return pages.open(PermissionsPreferencePage.ID, PermissionsPreferencePage.class);
	}

	@Test
	void okStoresRulesAndTemplatesAndThePageShowsThemAgain() {
		var page = open();
		assertTrue(page.builtInText().contains("java-dev = commands:git"), page.builtInText());
		page.field("allow").setText("command:mvn test\ntemplate:java-dev\n");
		page.field("ask").setText("path:pom.xml");
		page.field("deny").setText("commands:git push\n\n# hosts\nhost:*.example.com");
		page.field("templates").setText("web = host:api.example.com; command:npm test\n");
		assertEquals(PermissionRules.NONE, settings.userRules(), "nothing is stored before OK");

		assertTrue(page.performOk());

		assertEquals(new PermissionRules(List.of(GrantTarget.parse("command:mvn test"), GrantTarget.parse("template:java-dev")),
				List.of(GrantTarget.parse("path:pom.xml")), List.of(GrantTarget.parse("commands:git push"), GrantTarget.parse("host:*.example.com"))),
				settings.userRules());
		assertTrue(settings.templates().contains(new GrantTemplate("web", List.of(GrantTarget.parse("host:api.example.com"),
				GrantTarget.parse("command:npm test")), false)), settings.templates().toString());
		pages.close();
		var again = open();
		assertEquals("command:mvn test\ntemplate:java-dev\n", again.field("allow").getText());
		assertEquals("web = host:api.example.com; command:npm test\n", again.field("templates").getText());
	}

	@Test
	void aLineThatIsNotAGrantIsNamedAndBlocksOk() {
		var page = open();
		page.field("deny").setText("commands:git push\nrm -rf");
		assertFalse(page.isValid());
		assertEquals("Refused line 2: 'rm -rf' is not a grant. Write read, write, execute, network, or kind:value with kind tool, command, "
				+ "commands, path, host or template.", page.getErrorMessage());
		page.field("deny").setText("commands:git push");
		page.field("templates").setText("web host:api.example.com");
		assertFalse(page.isValid());
		assertEquals("Templates line 1: write a template as name = grant; grant, with a name of one word without ':'.", page.getErrorMessage());
		page.field("templates").setText("");
		assertTrue(page.isValid());
		assertTrue(page.performOk());
		assertEquals(List.of(GrantTarget.parse("commands:git push")), settings.userRules().deny());
	}

	@Test
	void cancelForgetsAndRestoreDefaultsEmpties() {
		settings.setUserRules(new PermissionRules(List.of(GrantTarget.parse("read")), List.of(), List.of()));
		var page = open();
		assertEquals("read\n", page.field("allow").getText());
		page.field("allow").setText("execute");
		pages.cancel(page);
		assertEquals(List.of(GrantTarget.parse("read")), settings.userRules().allow(), "Cancel stores nothing");

		var again = open();
		PreferencePages.press(again, "Restore Defaults");
		assertEquals("", again.field("allow").getText());
		PreferencePages.press(again, "Apply");
		assertEquals(PermissionRules.NONE, settings.userRules());
	}
}
