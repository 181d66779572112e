package dev.piassistant.ui.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.piassistant.core.audit.AuditEntry;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.ui.Services;

/**
 * The audit trail of the workspace: every tool call, decision, answer, checkpoint and result, filtered by task,
 * tool, decision and time, with the chain check's verdict, exportable as JSON. Reading runs as a job.
 */
public final class AuditView extends ViewPart {

	public static final String ID = "dev.piassistant.ui.auditView";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	private Text task;
	private Text tool;
	private Combo decision;
	private Combo since;
	private Label status;
	private TableViewer table;
	private List<AuditEntry> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		var filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		task = text(filters, Messages.AuditView_task, 160);
		tool = text(filters, Messages.AuditView_tool, 90);
		decision = combo(filters, Messages.AuditView_decision, Messages.AuditView_anyDecision, AuditFilters.DECISIONS);
		since = combo(filters, Messages.AuditView_since, Messages.AuditView_sinceAny, List.of(Messages.AuditView_sinceHour,
				Messages.AuditView_sinceDay, Messages.AuditView_sinceWeek));
		var refresh = new Button(filters, SWT.PUSH);
		refresh.setText(Messages.AuditView_refresh);
		refresh.addListener(SWT.Selection, event -> refresh());
		var export = new Button(filters, SWT.PUSH);
		export.setText(Messages.AuditView_export);
		export.addListener(SWT.Selection, event -> chooseExport());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column(Messages.AuditView_columnSequence, 50, entry -> Long.toString(entry.sequence()));
		column(Messages.AuditView_columnTime, 140, entry -> TIME.format(entry.record().at()));
		column(Messages.AuditView_columnTask, 110, entry -> entry.record().task());
		column(Messages.AuditView_columnTool, 90, entry -> entry.record().tool());
		column(Messages.AuditView_columnKind, 80, entry -> entry.record().kind().name().toLowerCase(java.util.Locale.ROOT));
		column(Messages.AuditView_columnDecision, 70, entry -> entry.record().decision());
		column(Messages.AuditView_columnDecidedBy, 140, entry -> entry.record().decidedBy());
		column(Messages.AuditView_columnSummary, 400, entry -> entry.record().summary());
		refresh();
	}

	private static Text text(Composite parent, String label, int width) {
		new Label(parent, SWT.NONE).setText(label);
		var text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Combo combo(Composite parent, String label, String any, List<String> choices) {
		new Label(parent, SWT.NONE).setText(label);
		var combo = new Combo(parent, SWT.READ_ONLY);
		combo.add(any);
		choices.forEach(combo::add);
		combo.select(0);
		return combo;
	}

	private void column(String title, int width, Function<AuditEntry, String> text) {
		var column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AuditEntry) element);
			}
		});
	}

	AuditFilter filter() {
		return AuditFilters.of(task.getText(), tool.getText(), decision.getSelectionIndex(), since.getSelectionIndex(), Instant.now());
	}

	/** Reads the entries and checks the chain in a job, then shows both. */
	Job refresh() {
		var filter = filter();
		status.setText(Messages.AuditView_loading);
		var display = status.getDisplay();
		var job = Job.create(Messages.AuditView_loading, monitor -> {
			var trail = Services.get(AuditTrail.class);
			var entries = trail.map(each -> each.list(filter)).orElse(List.of());
			var verdict = trail.map(each -> AuditFilters.describe(each.verify())).orElse(Messages.AuditView_unavailable);
			display.asyncExec(() -> show(entries, verdict));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void show(List<AuditEntry> entries, String verdict) {
		if (table.getControl().isDisposed()) {
			return;
		}
		shown = entries;
		table.setInput(entries);
		status.setText(verdict);
		status.getParent().layout(true);
	}

	private void chooseExport() {
		var dialog = new FileDialog(status.getShell(), SWT.SAVE);
		dialog.setFileName("audit-trail.json");
		dialog.setOverwrite(true);
		Optional.ofNullable(dialog.open()).ifPresent(file -> status.setText(export(Path.of(file))));
	}

	/** Writes what the filter lists to the file; returns what to tell the user. */
	String export(Path file) {
		var trail = Services.get(AuditTrail.class);
		if (trail.isEmpty()) {
			return Messages.AuditView_unavailable;
		}
		try {
			var filter = filter();
			Files.writeString(file, trail.get().exportJson(filter), StandardCharsets.UTF_8);
			return NLS.bind(Messages.AuditView_exported, trail.get().list(filter).size(), file);
		} catch (IOException | RuntimeException e) {
			return NLS.bind(Messages.AuditView_exportFailed, file, e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		task.setFocus();
	}

	List<AuditEntry> shownEntries() {
		return shown;
	}

	String statusText() {
		return status.getText();
	}

	Text taskField() {
		return task;
	}

	Combo decisionBox() {
		return decision;
	}
}
