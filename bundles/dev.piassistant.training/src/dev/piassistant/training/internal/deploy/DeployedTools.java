package dev.piassistant.training.internal.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.training.internal.RunFolders;
import dev.piassistant.training.internal.prep.Preprocessing;
import dev.piassistant.training.internal.store.Json;

/**
 * Offers the active version of each deployed model to the agent as a tool: {@code classify_<name>} or
 * {@code predict_<name>}, reading only (it runs a local model). The provider registers again whenever the
 * deployments change, which is how the tool registry learns that its tools did.
 */
public final class DeployedTools implements AutoCloseable {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	static final int MAX_INPUTS = 200;

	private final BundleContext context;
	private final TrainingService training;
	private @Nullable ServiceRegistration<ToolProvider> registration;

	public DeployedTools(BundleContext context, TrainingService training) {
		this.context = context;
		this.training = training;
	}

	public synchronized void refresh(List<DeployedModel> deployments) {
		var tools = deployments.stream().filter(DeployedModel::active).map(this::tool).toList();
		var previous = registration;
		registration = context.registerService(ToolProvider.class, () -> tools, null);
		if (previous != null) {
			previous.unregister();
		}
	}

	@Override
	public synchronized void close() {
		var current = registration;
		if (current != null) {
			current.unregister();
			registration = null;
		}
	}

	Tool tool(DeployedModel model) {
		var text = model.taskType() == TaskType.TEXT_CLASSIFICATION;
		var parameters = text ? Schema.object().property("texts", array(NODES.objectNode().put("type", "string"),
				"The texts to classify, one prediction each"), true).build()
				: Schema.object().property("rows", array(row(model), "The rows to " + (model.taskType().isClassification() ? "classify" : "predict")
						+ ", one prediction each: an object with every input column"), true).build();
		return new Tool(model.toolName(), description(model), parameters, Risk.READ, call -> run(model, call));
	}

	private ToolResult run(DeployedModel model, ToolInvocation call) {
		var rows = new ArrayList<java.util.Map<String, String>>();
		var inputs = call.arguments().path(model.taskType() == TaskType.TEXT_CLASSIFICATION ? "texts" : "rows");
		for (JsonNode input : inputs) {
			var row = new java.util.LinkedHashMap<String, String>();
			if (input.isTextual()) {
				row.put(model.inputs().get(0), input.asText());
			} else {
				input.properties().forEach(field -> row.put(field.getKey(), field.getValue().asText()));
			}
			rows.add(row);
		}
		try {
			return ToolResult.ok(Answers.of(training.predict(model.name(), rows), model));
		} catch (IllegalArgumentException e) {
			return ToolResult.error(e.getMessage());
		}
	}

	private static ObjectNode array(ObjectNode items, String description) {
		var node = NODES.objectNode().put("type", "array").put("description", description).put("minItems", 1).put("maxItems", MAX_INPUTS);
		node.set("items", items);
		return node;
	}

	/** A row's schema: numbers for numeric inputs, text naming the known values for categories. */
	private static ObjectNode row(DeployedModel model) {
		var preprocessing = Json.readFile(model.directory().resolve(RunFolders.PREPROCESSING), Preprocessing.class);
		var row = NODES.objectNode().put("type", "object");
		var properties = row.putObject("properties");
		var required = row.putArray("required");
		for (int i = 0; i < preprocessing.inputs().size(); i++) {
			var name = preprocessing.inputs().get(i);
			if (preprocessing.numeric().get(i)) {
				properties.putObject(name).put("type", "number");
			} else {
				properties.putObject(name).put("type", "string").put("description",
						"One of: " + String.join(", ", preprocessing.categories().get(i)) + " (any other value counts as none of them)");
			}
			required.add(name);
		}
		return row;
	}

	static String description(DeployedModel model) {
		var what = switch (model.taskType()) {
		case TEXT_CLASSIFICATION -> "Classifies texts as one of: " + String.join(", ", model.labels()) + ".";
		case TABULAR_CLASSIFICATION -> "Classifies rows of " + String.join(", ", model.inputs()) + " as one of: "
				+ String.join(", ", model.labels()) + ".";
		case TABULAR_REGRESSION -> "Predicts a number from rows of " + String.join(", ", model.inputs()) + ".";
		};
		var confidence = model.taskType().isClassification()
				? " Each answer has its probability; answers marked low_confidence are uncertain: ask the user for the right label."
				: "";
		return String.format(Locale.ROOT, "%s A model trained on the user's own data (%s v%d, see its model card at %s).%s", what, model.name(),
				model.version(), model.card(), confidence);
	}
}
