package dev.piassistant.ui.internal.preferences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.Services;

/**
 * Lists the configured providers. Edits are kept in a working copy and saved on Apply or OK, keys
 * included, so Cancel really cancels.
 */
public final class ProvidersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.providers";

	private final List<ProviderConfig> providers = new ArrayList<>();
	private final Map<String, String> newKeys = new HashMap<>();
	private final Set<String> removed = new HashSet<>();
	private Optional<ProviderSettings> settings = Optional.empty();
	private Set<String> storedKeys = new HashSet<>();
	private TableViewer table;
	private Button edit;
	private Button remove;

	@Override
	public void init(IWorkbench workbench) {
		// Providers have no defaults to restore: the list starts empty.
		noDefaultButton();
		settings = Services.get(ProviderSettings.class);
		settings.ifPresent(this::load);
	}

	private void load(ProviderSettings current) {
		providers.clear();
		providers.addAll(current.providers());
		storedKeys = new HashSet<>();
		for (var provider : providers) {
			if (hasStoredKey(current, provider)) {
				storedKeys.add(provider.id());
			}
		}
	}

	private static boolean hasStoredKey(ProviderSettings settings, ProviderConfig provider) {
		try {
			return settings.apiKey(provider.id()).isPresent();
		} catch (ProviderException e) {
			return false;
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(settings.isPresent() ? NLS.bind(Messages.ProvidersPage_description, PiHome.directory().resolve("providers.json"))
				: Messages.ProvidersPage_unavailable);
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).grab(true, false).applyTo(intro);
		table = createTable(page);
		createButtons(page);
		refresh();
		return page;
	}

	private TableViewer createTable(Composite page) {
		var viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(viewer, Messages.ProvidersPage_columnName, 130, ProviderConfig::name);
		column(viewer, Messages.ProvidersPage_columnProtocol, 120, provider -> provider.kind().label());
		column(viewer, Messages.ProvidersPage_columnUrl, 200, ProviderConfig::baseUrl);
		column(viewer, Messages.ProvidersPage_columnModel, 130, ProviderConfig::defaultModel);
		column(viewer, Messages.ProvidersPage_columnKey, 70, provider -> hasKey(provider) ? Messages.ProvidersPage_keyStored : "");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> updateButtons());
		viewer.addDoubleClickListener(event -> editSelected());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<ProviderConfig, String> text) {
		var column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProviderConfig) element);
			}
		});
	}

	private boolean hasKey(ProviderConfig provider) {
		var typed = newKeys.get(provider.id());
		return typed != null ? !typed.isEmpty() : storedKeys.contains(provider.id());
	}

	private void createButtons(Composite page) {
		var buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.ProvidersPage_add, this::add).setEnabled(settings.isPresent());
		edit = button(buttons, Messages.ProvidersPage_edit, this::editSelected);
		remove = button(buttons, Messages.ProvidersPage_remove, this::removeSelected);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		var button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private Optional<ProviderConfig> selected() {
		var selection = (IStructuredSelection) table.getSelection();
		return Optional.ofNullable((ProviderConfig) selection.getFirstElement());
	}

	private void updateButtons() {
		var any = selected().isPresent();
		edit.setEnabled(any);
		remove.setEnabled(any);
	}

	private void add() {
		openDialog(Optional.empty()).ifPresent(this::accept);
	}

	/** Takes what the Add dialog returned into the working copy. */
	void accept(ProviderDialog.Result result) {
		providers.add(result.provider());
		remember(result);
	}

	private void editSelected() {
		selected().ifPresent(current -> openDialog(Optional.of(current)).ifPresent(result -> {
			providers.set(providers.indexOf(current), result.provider());
			remember(result);
		}));
	}

	private void remember(ProviderDialog.Result result) {
		result.newKey().ifPresent(key -> newKeys.put(result.provider().id(), key));
		refresh();
	}

	private Optional<ProviderDialog.Result> openDialog(Optional<ProviderConfig> current) {
		var keyStored = current.map(this::hasKey).orElse(false);
		var dialog = new ProviderDialog(getShell(), current, keyStored, Services.get(ChatModelService.class));
		dialog.open();
		return dialog.result();
	}

	private void removeSelected() {
		selected().ifPresent(current -> {
			providers.remove(current);
			newKeys.remove(current.id());
			removed.add(current.id());
			refresh();
		});
	}

	private void refresh() {
		table.setInput(providers);
		table.refresh();
		updateButtons();
	}

	@Override
	public boolean performOk() {
		if (settings.isEmpty()) {
			return true;
		}
		try {
			save(settings.get());
			return true;
		} catch (ProviderException | RuntimeException e) {
			setErrorMessage(NLS.bind(Messages.ProvidersPage_saveFailed, e.getMessage()));
			return false;
		}
	}

	private void save(ProviderSettings target) throws ProviderException {
		for (var id : removed) {
			if (providers.stream().noneMatch(provider -> provider.id().equals(id))) {
				target.remove(id);
			}
		}
		for (var provider : providers) {
			target.save(provider);
		}
		for (var key : newKeys.entrySet()) {
			target.setApiKey(key.getKey(), key.getValue());
		}
		removed.clear();
		newKeys.clear();
		load(target);
		setErrorMessage(null);
	}
}
