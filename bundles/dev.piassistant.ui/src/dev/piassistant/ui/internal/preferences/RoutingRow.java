package dev.piassistant.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;

/** One model of the routing: a provider (or none) and a model name, which the user may type. */
final class RoutingRow {

	private final Combo provider;
	private final Combo model;
	private final String name;
	private final List<ProviderConfig> providers;

	/**
	 * @param name what the row is called in a message ("small model")
	 */
	RoutingRow(Composite parent, String label, String name, List<ProviderConfig> providers, Runnable changed) {
		this.name = name;
		this.providers = List.copyOf(providers);
		new Label(parent, SWT.NONE).setText(label);
		provider = new Combo(parent, SWT.READ_ONLY);
		var items = new ArrayList<String>();
		items.add(Messages.ModelsPage_none);
		providers.forEach(each -> items.add(each.name()));
		provider.setItems(items.toArray(String[]::new));
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(provider);
		model = new Combo(parent, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(model);
		provider.addListener(SWT.Selection, event -> {
			providerChosen();
			changed.run();
		});
		model.addModifyListener(event -> changed.run());
	}

	void show(@Nullable ModelRef ref) {
		var index = ref == null ? -1 : indexOf(ref.providerId());
		provider.select(index + 1);
		providerChosen();
		model.setText(ref == null || index < 0 ? "" : ref.model());
	}

	private int indexOf(String providerId) {
		for (int i = 0; i < providers.size(); i++) {
			if (providers.get(i).id().equals(providerId)) {
				return i;
			}
		}
		return -1;
	}

	private Optional<ProviderConfig> chosenProvider() {
		var index = provider.getSelectionIndex() - 1;
		return index < 0 ? Optional.empty() : Optional.of(providers.get(index));
	}

	/** Offers the provider's default model; the model field is used only with a provider. */
	private void providerChosen() {
		var chosen = chosenProvider();
		model.setEnabled(chosen.isPresent());
		model.setItems(chosen.map(ProviderConfig::defaultModel).filter(name -> !name.isBlank()).stream().toArray(String[]::new));
		if (chosen.isEmpty()) {
			model.setText("");
		} else if (model.getText().isBlank()) {
			model.setText(chosen.get().defaultModel());
		}
	}

	/** The model chosen, or null for none; throws with the message to show when a provider has no model. */
	@Nullable
	ModelRef value() {
		var chosen = chosenProvider();
		if (chosen.isEmpty()) {
			return null;
		}
		var typed = model.getText().strip();
		if (typed.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.ModelsPage_modelMissing, name));
		}
		return new ModelRef(chosen.get().id(), typed);
	}

	Combo providerCombo() {
		return provider;
	}

	Combo modelCombo() {
		return model;
	}
}
