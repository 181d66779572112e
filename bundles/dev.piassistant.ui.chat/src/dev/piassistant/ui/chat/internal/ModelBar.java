package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.AgentPreferences;

/**
 * Picks the provider and model for the next message. The model list comes from the server in the
 * background; the user may also type any model name. The choice is remembered as the default.
 */
final class ModelBar {

	private final Composite root;
	private final Combo provider;
	private final Combo model;
	private final Button pin;
	private final ProviderSettings settings;
	private final ChatModelService models;
	private final Map<String, List<String>> knownModels = new HashMap<>();
	private List<ProviderConfig> providers = List.of();

	ModelBar(Composite parent, ProviderSettings settings, ChatModelService models) {
		this.settings = settings;
		this.models = models;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).spacing(6, 3).applyTo(root);
		new Label(root, SWT.NONE).setText(Messages.Provider);
		provider = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(60, SWT.DEFAULT).applyTo(provider);
		new Label(root, SWT.NONE).setText(Messages.Model);
		model = new Combo(root, SWT.DROP_DOWN);
		model.setToolTipText(Messages.ModelHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(model);
		pin = new Button(root, SWT.CHECK);
		pin.setText(Messages.Pin);
		pin.setToolTipText(Messages.PinTooltip);
		pin.setSelection(AgentPreferences.pinned());
		pin.addListener(SWT.Selection, event -> AgentPreferences.setPinned(pin.getSelection()));
		provider.addListener(SWT.Selection, event -> providerChosen());
		model.addListener(SWT.Selection, event -> remember());
		model.addListener(SWT.DefaultSelection, event -> remember());
		model.addListener(SWT.FocusOut, event -> remember());
	}

	Composite control() {
		return root;
	}

	Combo providerCombo() {
		return provider;
	}

	Combo modelCombo() {
		return model;
	}

	Button pinButton() {
		return pin;
	}

	/** Whether every call of the next task goes to the chosen model (no routing). */
	boolean pinned() {
		return pin.getSelection();
	}

	/** Re-reads the providers, keeping the current choice where it still exists. */
	void refresh() {
		providers = settings.providers();
		provider.setItems(providers.stream().map(ProviderConfig::name).toArray(String[]::new));
		var chosen = settings.defaultModel();
		var index = chosen.map(ref -> indexOf(ref.providerId())).orElse(providers.isEmpty() ? -1 : 0);
		if (index >= 0) {
			provider.select(index);
			showModels(providers.get(index), chosen.map(ModelRef::model).orElse(providers.get(index).defaultModel()));
		} else {
			model.setItems();
			model.setText("");
		}
	}

	private int indexOf(String providerId) {
		for (int i = 0; i < providers.size(); i++) {
			if (providers.get(i).id().equals(providerId)) {
				return i;
			}
		}
		return -1;
	}

	private Optional<ProviderConfig> currentProvider() {
		var index = provider.getSelectionIndex();
		return index < 0 || index >= providers.size() ? Optional.empty() : Optional.of(providers.get(index));
	}

	/** The model the next message goes to. */
	Optional<ModelRef> selected() {
		var name = model.getText().strip();
		return currentProvider().filter(p -> !name.isEmpty()).map(p -> new ModelRef(p.id(), name));
	}

	private void providerChosen() {
		currentProvider().ifPresent(chosen -> {
			showModels(chosen, chosen.defaultModel());
			remember();
		});
	}

	private void showModels(ProviderConfig chosen, String modelName) {
		var listed = new ArrayList<>(knownModels.getOrDefault(chosen.id(), List.of()));
		if (!modelName.isBlank() && !listed.contains(modelName)) {
			listed.add(0, modelName);
		}
		model.setItems(listed.toArray(String[]::new));
		model.setText(modelName);
		if (!knownModels.containsKey(chosen.id())) {
			fetchModels(chosen);
		}
	}

	private void remember() {
		selected().filter(ref -> !settings.defaultModel().equals(Optional.of(ref))).ifPresent(settings::setDefaultModel);
	}

	private void fetchModels(ProviderConfig chosen) {
		knownModels.put(chosen.id(), List.of());
		var display = root.getDisplay();
		var job = Job.create("Listing models of " + chosen.name(), monitor -> {
			try {
				var found = models.listModels(chosen);
				display.asyncExec(() -> modelsArrived(chosen, found));
			} catch (ProviderException e) {
				// The list is a convenience; a server that cannot list models can still be typed into.
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void modelsArrived(ProviderConfig chosen, List<String> found) {
		knownModels.put(chosen.id(), List.copyOf(found));
		if (!model.isDisposed() && currentProvider().map(ProviderConfig::id).filter(chosen.id()::equals).isPresent()) {
			var typed = model.getText();
			showModels(chosen, typed.isBlank() && !found.isEmpty() ? found.get(0) : typed);
			if (typed.isBlank()) {
				remember();
			}
		}
	}
}
