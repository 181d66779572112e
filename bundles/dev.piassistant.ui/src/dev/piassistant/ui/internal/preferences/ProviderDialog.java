package dev.piassistant.ui.internal.preferences;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.ui.text.ProviderErrorText;

/** Adds or edits one provider. The key is only handed back, to be stored by the page on OK. */
public final class ProviderDialog extends TitleAreaDialog {

	/**
	 * @param newKey empty: keep the stored key; an empty string: remove it; else the key to store
	 */
	public record Result(ProviderConfig provider, Optional<String> newKey) {
	}

	private final Optional<ProviderConfig> original;
	private final boolean keyStored;
	private final Optional<ChatModelService> models;
	private Text name;
	private Combo protocol;
	private Text url;
	private Text key;
	private Combo model;
	private Button fetch;
	private Label fetchStatus;
	private boolean keyTouched;
	private Result result;

	public ProviderDialog(Shell parent, Optional<ProviderConfig> original, boolean keyStored, Optional<ChatModelService> models) {
		super(parent);
		this.original = original;
		this.keyStored = keyStored;
		this.models = models;
	}

	public Optional<Result> result() {
		return Optional.ofNullable(result);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		var title = original.isPresent() ? Messages.ProviderDialog_titleEdit : Messages.ProviderDialog_titleAdd;
		setTitle(title);
		setMessage(Messages.ProviderDialog_message);
		getShell().setText(title);
		var form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);
		name = field(form, Messages.ProviderDialog_name, SWT.BORDER);
		protocol = protocolCombo(form);
		url = field(form, Messages.ProviderDialog_url, SWT.BORDER);
		key = field(form, Messages.ProviderDialog_key, SWT.BORDER | SWT.PASSWORD);
		model = modelRow(form);
		fill();
		name.addModifyListener(event -> validate());
		url.addModifyListener(event -> validate());
		key.addModifyListener(event -> {
			keyTouched = true;
			validate();
		});
		return area;
	}

	private static Text field(Composite form, String label, int style) {
		new Label(form, SWT.NONE).setText(label);
		var text = new Text(form, style);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Combo protocolCombo(Composite form) {
		new Label(form, SWT.NONE).setText(Messages.ProviderDialog_protocol);
		var combo = new Combo(form, SWT.READ_ONLY);
		combo.setItems(Arrays.stream(ProviderKind.values()).map(ProviderKind::label).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		combo.addListener(SWT.Selection, event -> protocolChanged());
		return combo;
	}

	private Combo modelRow(Composite form) {
		new Label(form, SWT.NONE).setText(Messages.ProviderDialog_model);
		var combo = new Combo(form, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		fetch = new Button(form, SWT.PUSH);
		fetch.setText(Messages.ProviderDialog_fetch);
		fetch.setEnabled(models.isPresent());
		fetch.addListener(SWT.Selection, event -> fetchModels());
		new Label(form, SWT.NONE);
		fetchStatus = new Label(form, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fetchStatus);
		return combo;
	}

	private void fill() {
		var current = original.orElse(new ProviderConfig("new", "", ProviderKind.OPENAI_COMPATIBLE,
				ProviderKind.OPENAI_COMPATIBLE.defaultBaseUrl(), ""));
		name.setText(original.isPresent() ? current.name() : "");
		protocol.select(current.kind().ordinal());
		url.setText(current.baseUrl());
		model.setText(current.defaultModel());
		key.setMessage(keyStored ? Messages.ProviderDialog_keyKept : Messages.ProviderDialog_keyHint);
	}

	private ProviderKind kind() {
		return ProviderKind.values()[Math.max(0, protocol.getSelectionIndex())];
	}

	/** A URL still at some protocol's default follows the protocol; one the user typed is kept. */
	private void protocolChanged() {
		var typed = url.getText().strip();
		var atDefault = typed.isEmpty() || Arrays.stream(ProviderKind.values()).anyMatch(k -> k.defaultBaseUrl().equals(typed));
		if (atDefault) {
			url.setText(kind().defaultBaseUrl());
		}
		validate();
	}

	private Optional<ProviderConfig> describe() {
		try {
			var id = original.map(ProviderConfig::id).orElseGet(() -> UUID.randomUUID().toString());
			return Optional.of(new ProviderConfig(id, name.getText(), kind(), url.getText(), model.getText()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private String validationError() {
		if (name.getText().isBlank()) {
			return Messages.ProviderDialog_nameMissing;
		}
		var urlProblem = ProviderConfig.checkBaseUrl(url.getText());
		if (urlProblem.isPresent()) {
			return switch (urlProblem.get()) {
				case EMPTY -> Messages.ProviderDialog_urlEmpty;
				case NOT_HTTP -> NLS.bind(Messages.ProviderDialog_urlNotHttp, url.getText().strip());
				case MALFORMED -> NLS.bind(Messages.ProviderDialog_urlMalformed, url.getText().strip());
			};
		}
		var hasKey = keyTouched ? !key.getText().isBlank() : keyStored || !key.getText().isBlank();
		if (kind().apiKeyRequired() && !hasKey) {
			return NLS.bind(Messages.ProviderDialog_keyMissing, kind().label());
		}
		return null;
	}

	private void validate() {
		var error = validationError();
		setErrorMessage(error);
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void fetchModels() {
		var provider = describe();
		if (provider.isEmpty() || models.isEmpty()) {
			validate();
			return;
		}
		var typedKey = keyTouched ? key.getText() : null;
		fetch.setEnabled(false);
		fetchStatus.setText(Messages.ProviderDialog_fetching);
		var job = Job.create(Messages.ProviderDialog_fetching, monitor -> {
			try {
				var found = typedKey == null ? models.get().listModels(provider.get()) : models.get().listModels(provider.get(), typedKey);
				showModels(found, null);
			} catch (ProviderException e) {
				showModels(List.of(), ProviderErrorText.message(e.error()) + " " + ProviderErrorText.hint(e.error()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void showModels(List<String> found, String error) {
		var display = getShell() == null ? null : getShell().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (model.isDisposed()) {
				return;
			}
			fetch.setEnabled(true);
			if (error != null) {
				fetchStatus.setText(error);
			} else {
				var typed = model.getText();
				model.setItems(found.toArray(String[]::new));
				model.setText(typed.isBlank() && !found.isEmpty() ? found.get(0) : typed);
				fetchStatus.setText(NLS.bind(Messages.ProviderDialog_fetched, found.size()));
			}
			fetchStatus.getParent().layout(true, true);
		});
	}

	@Override
	protected void okPressed() {
		var provider = describe();
		if (provider.isEmpty() || validationError() != null) {
			validate();
			return;
		}
		result = new Result(provider.get(), keyTouched ? Optional.of(key.getText().strip()) : Optional.empty());
		super.okPressed();
	}
}
