package dev.piassistant.tools.internal.permission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.GrantTemplate;
import dev.piassistant.core.tool.PermissionRules;
import dev.piassistant.core.tool.PermissionSettings;

/**
 * The user's permission rules and templates in {@code ~/.pi-assistant/permissions.json}, shared by every
 * workspace, the IDE and the command line; with Pi Assistant's own templates. An entry that cannot be read is
 * skipped and logged, never allowed.
 */
@Component(service = PermissionSettings.class)
public final class UserPermissions implements PermissionSettings {

	static final String FILE_NAME = "permissions.json";

	/** Pi Assistant's templates. */
	static final List<GrantTemplate> BUILT_IN = List.of(
			template("java-dev", "commands:git", "commands:mvn", "commands:./mvnw", "commands:mvnw", "commands:gradle",
					"commands:./gradlew", "commands:gradlew"),
			template("git-read", "commands:git status diff log show blame"),
			template("maven-central", "host:repo1.maven.org", "host:repo.maven.apache.org", "host:search.maven.org"));

	private static final System.Logger LOG = System.getLogger(UserPermissions.class.getName());
	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;
	/** What the file held when last read, by its time and size: the engine asks at every call. */
	private ObjectNode cached = JSON.createObjectNode();
	private String cachedStamp = "";

	public UserPermissions() {
		this(PiHome.directory().resolve(FILE_NAME));
	}

	UserPermissions(Path file) {
		this.file = file;
	}

	@Override
	public synchronized PermissionRules userRules() {
		var root = read();
		return new PermissionRules(targets(root.path("allow")), targets(root.path("ask")), targets(root.path("deny")));
	}

	@Override
	public synchronized void setUserRules(PermissionRules rules) {
		var root = read();
		root.set("allow", specs(rules.allow()));
		root.set("ask", specs(rules.ask()));
		root.set("deny", specs(rules.deny()));
		write(root);
	}

	@Override
	public synchronized List<GrantTemplate> templates() {
		var byName = new LinkedHashMap<String, GrantTemplate>();
		BUILT_IN.forEach(template -> byName.put(template.name(), template));
		read().path("templates").fields().forEachRemaining(entry -> {
			try {
				byName.put(entry.getKey(), new GrantTemplate(entry.getKey(), targets(entry.getValue()), false));
			} catch (IllegalArgumentException e) {
				LOG.log(System.Logger.Level.WARNING, "Skipping the template '" + entry.getKey() + "' in " + file + ": " + e.getMessage());
			}
		});
		return List.copyOf(byName.values());
	}

	@Override
	public synchronized void setUserTemplates(List<GrantTemplate> templates) {
		var root = read();
		var node = root.putObject("templates");
		for (var template : templates) {
			node.set(template.name(), specs(template.targets()));
		}
		write(root);
	}

	private ObjectNode read() {
		if (!Files.isRegularFile(file)) {
			return JSON.createObjectNode();
		}
		try {
			var stamp = Files.getLastModifiedTime(file) + "/" + Files.size(file);
			if (!stamp.equals(cachedStamp)) {
				var node = JSON.readTree(file.toFile());
				cached = node instanceof ObjectNode object ? object : JSON.createObjectNode();
				cachedStamp = stamp;
			}
			return cached.deepCopy();
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot read " + file + ": " + e.getMessage());
			return JSON.createObjectNode();
		}
	}

	private void write(ObjectNode root) {
		try {
			Files.createDirectories(file.getParent());
			var temporary = file.resolveSibling(FILE_NAME + ".tmp");
			JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot save " + file + ": " + e.getMessage(), e);
		}
	}

	private List<GrantTarget> targets(JsonNode array) {
		var targets = new ArrayList<GrantTarget>();
		for (var spec : array) {
			try {
				targets.add(GrantTarget.parse(spec.asText()));
			} catch (IllegalArgumentException e) {
				LOG.log(System.Logger.Level.WARNING, "Skipping '" + spec.asText() + "' in " + file + ": " + e.getMessage());
			}
		}
		return targets;
	}

	private static com.fasterxml.jackson.databind.node.ArrayNode specs(List<GrantTarget> targets) {
		var array = JSON.createArrayNode();
		targets.forEach(target -> array.add(target.spec()));
		return array;
	}

	private static GrantTemplate template(String name, String... specs) {
		return new GrantTemplate(name, java.util.Arrays.stream(specs).map(GrantTarget::parse).toList(), true);
	}

}
