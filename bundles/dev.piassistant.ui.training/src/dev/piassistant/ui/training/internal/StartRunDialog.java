package dev.piassistant.ui.training.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
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
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.training.DatasetPreview;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;

/**
 * Starts a run: the data (a file, or a folder of text files per label), a name, the column to predict and
 * the task, with the first rows of the data shown as read. The preview is read in the background.
 */
final class StartRunDialog extends TitleAreaDialog {

	private static final int PREVIEW_ROWS = 20;
	private static final TaskType[] TASKS = TaskType.values();

	private final TrainingService service;
	private @Nullable Text dataset;
	private @Nullable Text name;
	private @Nullable Combo label;
	private @Nullable Combo task;
	private @Nullable PreviewTable preview;
	private @Nullable TrainingRequest request;

	StartRunDialog(Shell shell, TrainingService service) {
		super(shell);
		this.service = service;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.DialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.DialogTitle);
		setMessage(Messages.DialogMessage);
		var area = (Composite) super.createDialogArea(parent);
		var form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Dataset);
		var file = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		var browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.Browse);
		var folder = new Button(form, SWT.PUSH);
		folder.setText(Messages.BrowseFolder);
		name = field(form, Messages.RunName, new Text(form, SWT.BORDER));
		label = field(form, Messages.Label, new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY));
		var tasks = field(form, Messages.TaskType, new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY));
		tasks.add(Messages.TaskAuto);
		for (var type : TASKS) {
			tasks.add(Formats.task(type));
		}
		tasks.select(0);
		task = tasks;
		var table = new PreviewTable(form);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.control());
		preview = table;
		dataset = file;
		browse.addListener(SWT.Selection, event -> {
			var chosen = new FileDialog(getShell(), SWT.OPEN).open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		folder.addListener(SWT.Selection, event -> {
			var chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		file.addListener(SWT.Modify, event -> readPreview(file.getText().trim()));
		return area;
	}

	private static <C extends Control> C field(Composite form, String caption, C control) {
		var text = new Label(form, SWT.NONE);
		text.setText(caption);
		text.moveAbove(control);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(control);
		return control;
	}

	private void readPreview(String text) {
		var path = text.isEmpty() ? null : Path.of(text);
		if (path == null || !Files.exists(path)) {
			return;
		}
		Background.run(Messages.JobLoad, false, getShell(), () -> service.preview(path, PREVIEW_ROWS), this::showPreview,
				error -> setErrorMessage(NLS.bind(Messages.PreviewFailed, error.getMessage())));
	}

	private void showPreview(DatasetPreview data) {
		setErrorMessage(null);
		var labels = require(label);
		labels.removeAll();
		data.columns().forEach(labels::add);
		if (data.suggestedLabel() != null) {
			labels.select(data.columns().indexOf(data.suggestedLabel()));
		}
		var fileName = Path.of(require(dataset).getText().trim()).getFileName();
		var runName = require(name);
		if (runName.getText().isBlank() && fileName != null) {
			runName.setText(fileName.toString().replaceFirst("\\.[^.]+$", ""));
		}
		require(preview).show(data, NLS.bind(Messages.Preview, data.totalRows()));
	}

	@Override
	protected void okPressed() {
		var file = require(dataset).getText().trim();
		var runName = require(name).getText().trim();
		if (file.isEmpty()) {
			setErrorMessage(Messages.NoDataset);
			return;
		}
		if (runName.isEmpty()) {
			setErrorMessage(Messages.NoName);
			return;
		}
		var labels = require(label);
		var column = labels.getSelectionIndex() < 0 ? null : labels.getItem(labels.getSelectionIndex());
		int chosen = require(task).getSelectionIndex();
		request = new TrainingRequest(runName, Path.of(file), column, chosen <= 0 ? null : TASKS[chosen - 1]);
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.NewRun.replace("...", ""), true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The run to start, once OK was pressed. */
	@Nullable
	TrainingRequest request() {
		return request;
	}

	// For the dialog's test: fill it in as a user would.

	void setDataset(String path) {
		require(dataset).setText(path);
	}

	@Nullable
	String labelColumn() {
		var labels = require(label);
		return labels.getSelectionIndex() < 0 ? null : labels.getItem(labels.getSelectionIndex());
	}

	int previewRows() {
		return require(preview).rows();
	}

	private static <T> T require(@Nullable T control) {
		if (control == null) {
			throw new IllegalStateException("the dialog is not open");
		}
		return control;
	}
}
