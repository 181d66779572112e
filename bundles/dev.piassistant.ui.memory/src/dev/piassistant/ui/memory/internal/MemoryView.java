package dev.piassistant.ui.memory.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.memory.MemoryStatus;
import dev.piassistant.ui.Services;

/**
 * Search the memory and browse it: hits with their source and what found them; the graph neighbours of the selected
 * hit; a double click opens the source at its lines. Searches run as jobs, never on the UI thread.
 */
public final class MemoryView extends ViewPart {

	public static final String ID = "dev.piassistant.ui.memory.view";
	static final int HITS = 30;
	static final int NEIGHBOURS = 50;

	private Text query;
	private Label status;
	private TableViewer hits;
	private TableViewer neighbours;
	private Label neighboursTitle;
	private final Runnable memoryChanged = () -> refreshStatus();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.MemoryView_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addListener(SWT.DefaultSelection, event -> search(query.getText()));
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		var sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		hits = hitTable(sash);
		var lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		neighboursTitle = new Label(lower, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(neighboursTitle);
		neighbours = neighbourTable(lower);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(neighbours.getControl());
		sash.setWeights(3, 2);
		memory().ifPresent(memory -> memory.addListener(memoryChanged));
		refreshStatus();
	}

	private TableViewer hitTable(Composite parent) {
		var viewer = table(parent);
		column(viewer, Messages.MemoryView_hit, 280, Hit.class, Hit::title);
		column(viewer, Messages.MemoryView_kind, 80, Hit.class, hit -> Labels.kind(hit.entity()));
		column(viewer, Messages.MemoryView_source, 300, Hit.class, hit -> hit.source().cite());
		column(viewer, Messages.MemoryView_found, 160, Hit.class, Labels::signals);
		viewer.addSelectionChangedListener(event -> selected(event.getStructuredSelection()).ifPresent(this::showNeighbours));
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Hit hit) {
				SourceOpener.open(getSite().getPage(), hit.source());
			}
		});
		return viewer;
	}

	private TableViewer neighbourTable(Composite parent) {
		var viewer = table(parent);
		column(viewer, Messages.MemoryView_relation, 140, Link.class, Labels::relation);
		column(viewer, Messages.MemoryView_neighbour, 280, Link.class, link -> link.entity().name());
		column(viewer, Messages.MemoryView_kind, 80, Link.class, link -> Labels.kind(link.entity()));
		column(viewer, Messages.MemoryView_source, 300, Link.class, link -> Labels.source(link.entity()));
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Link link) {
				link.entity().source().ifPresent(source -> SourceOpener.open(getSite().getPage(), source));
			}
		});
		return viewer;
	}

	private static TableViewer table(Composite parent) {
		var viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static <T> void column(TableViewer viewer, String title, int width, Class<T> type, java.util.function.Function<T, String> text) {
		var column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}
		});
	}

	private static Optional<Hit> selected(IStructuredSelection selection) {
		return selection.getFirstElement() instanceof Hit hit ? Optional.of(hit) : Optional.empty();
	}

	/** Searches in a job; the results replace the table's when they come, if the view is still open. */
	void search(String text) {
		if (text.isBlank()) {
			return;
		}
		var display = query.getDisplay();
		Job.create(Messages.MemoryView_searching, monitor -> {
			var memory = memory();
			List<Hit> found;
			@Nullable String message;
			try {
				found = memory.map(service -> service.search(MemoryQuery.of(text, HITS))).orElse(List.of());
				message = memory.isEmpty() ? Messages.MemoryView_noMemory : found.isEmpty() ? NLS.bind(Messages.MemoryView_nothingFound, text) : null;
			} catch (RuntimeException e) {
				found = List.of();
				message = NLS.bind(Messages.MemoryView_failed, e.getMessage());
			}
			var shown = found;
			var note = message;
			display.asyncExec(() -> showHits(shown, note));
		}).schedule();
	}

	private void showHits(List<Hit> found, @Nullable String note) {
		if (hits.getControl().isDisposed()) {
			return;
		}
		hits.setInput(found);
		neighbours.setInput(List.of());
		neighboursTitle.setText("");
		if (note != null) {
			status.setText(note);
		} else {
			refreshStatus();
		}
		if (!found.isEmpty()) {
			hits.getTable().select(0);
			showNeighbours(found.get(0));
		}
	}

	private void showNeighbours(Hit hit) {
		var entity = hit.entity();
		var display = hits.getControl().getDisplay();
		Job.create(Messages.MemoryView_searching, monitor -> {
			var links = memory().map(memory -> memory.neighbours(entity.id(), NEIGHBOURS)).orElse(List.of());
			display.asyncExec(() -> {
				if (!neighbours.getControl().isDisposed()) {
					neighboursTitle.setText(NLS.bind(Messages.MemoryView_neighboursOf, title(entity, hit)));
					neighbours.setInput(links);
				}
			});
		}).schedule();
	}

	private static String title(Entity entity, Hit hit) {
		return hit.title().isEmpty() ? entity.name() : hit.title();
	}

	private void refreshStatus() {
		var display = status.getDisplay();
		Job.create(Messages.MemoryView_searching, monitor -> {
			var text = memory().map(MemoryService::status).map(MemoryView::describe).orElse(Messages.MemoryView_noMemory);
			display.asyncExec(() -> {
				if (!status.isDisposed()) {
					status.setText(text);
					status.getParent().layout(true);
				}
			});
		}).schedule();
	}

	private static String describe(MemoryStatus status) {
		return status.chunks() == 0 ? Messages.MemoryView_empty
				: NLS.bind(Messages.MemoryView_status, new Object[] { status.files(), status.chunks(), status.entities(), status.episodes() });
	}

	private static Optional<MemoryService> memory() {
		return Services.get(MemoryService.class);
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		memory().ifPresent(memory -> memory.removeListener(memoryChanged));
		super.dispose();
	}

	/** For tests. */
	TableViewer hits() {
		return hits;
	}

	TableViewer neighbours() {
		return neighbours;
	}

	Text query() {
		return query;
	}
}
