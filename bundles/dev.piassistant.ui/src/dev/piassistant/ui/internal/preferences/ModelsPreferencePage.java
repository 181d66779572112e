package dev.piassistant.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.ui.Services;

/**
 * Which models do which work when a task's model is not pinned (small, large, fallback), and the price
 * table. Edits stay in a working copy until Apply or OK; Cancel forgets them.
 */
public final class ModelsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.piassistant.ui.preferences.models";

	private final List<PriceRule> prices = new ArrayList<>();
	private Optional<ProviderSettings> settings = Optional.empty();
	private RoutingRow small;
	private RoutingRow large;
	private RoutingRow fallback;
	private TableViewer table;
	private Button edit;
	private Button remove;
	private Button up;
	private Button down;

	@Override
	public void init(IWorkbench workbench) {
		// Nothing to restore: no routing and an empty price table are the starting point.
		noDefaultButton();
		settings = Services.get(ProviderSettings.class);
		settings.ifPresent(current -> prices.addAll(current.prices()));
	}

	@Override
	protected Control createContents(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		var intro = new Label(page, SWT.WRAP);
		intro.setText(settings.isPresent() ? Messages.ModelsPage_description : Messages.ModelsPage_unavailable);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
		routingGroup(page);
		pricesGroup(page);
		settings.ifPresent(current -> {
			var routing = current.routing();
			small.show(routing.small());
			large.show(routing.large());
			fallback.show(routing.fallback());
		});
		refresh();
		page.setEnabled(settings.isPresent());
		return page;
	}

	private void routingGroup(Composite page) {
		var group = new Group(page, SWT.NONE);
		group.setText(Messages.ModelsPage_routing);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		var providers = settings.map(ProviderSettings::providers).orElse(List.of());
		small = new RoutingRow(group, Messages.ModelsPage_small, Messages.ModelsPage_smallName, providers, this::validate);
		large = new RoutingRow(group, Messages.ModelsPage_large, Messages.ModelsPage_largeName, providers, this::validate);
		fallback = new RoutingRow(group, Messages.ModelsPage_fallback, Messages.ModelsPage_fallbackName, providers, this::validate);
	}

	private void pricesGroup(Composite page) {
		var group = new Group(page, SWT.NONE);
		group.setText(Messages.ModelsPage_prices);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		table = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.ModelsPage_columnPattern, 170, PriceRule::modelPattern);
		column(Messages.ModelsPage_columnInput, 90, rule -> PriceRules.dollars(rule.inputPerMillion()));
		column(Messages.ModelsPage_columnOutput, 90, rule -> PriceRules.dollars(rule.outputPerMillion()));
		column(Messages.ModelsPage_columnContext, 110, rule -> rule.contextWindow() == 0 ? "" : String.format("%,d", rule.contextWindow()));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(event -> updateButtons());
		table.addDoubleClickListener(event -> editSelected());
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 140).applyTo(table.getControl());
		var buttons = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.ModelsPage_add, this::add);
		edit = button(buttons, Messages.ModelsPage_edit, this::editSelected);
		remove = button(buttons, Messages.ModelsPage_remove, this::removeSelected);
		up = button(buttons, Messages.ModelsPage_up, () -> move(-1));
		down = button(buttons, Messages.ModelsPage_down, () -> move(1));
	}

	private void column(String title, int width, Function<PriceRule, String> text) {
		var column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PriceRule) element);
			}
		});
	}

	private static Button button(Composite parent, String text, Runnable action) {
		var button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private int selectedIndex() {
		var selection = (IStructuredSelection) table.getSelection();
		return selection.isEmpty() ? -1 : prices.indexOf(selection.getFirstElement());
	}

	private void updateButtons() {
		var index = selectedIndex();
		edit.setEnabled(index >= 0);
		remove.setEnabled(index >= 0);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < prices.size() - 1);
	}

	private void add() {
		open(Optional.empty()).ifPresent(this::accept);
	}

	/** Takes a row the Add dialog returned into the working copy. */
	void accept(PriceRule rule) {
		prices.add(rule);
		refresh();
	}

	private void editSelected() {
		var index = selectedIndex();
		if (index >= 0) {
			open(Optional.of(prices.get(index))).ifPresent(rule -> {
				prices.set(index, rule);
				refresh();
			});
		}
	}

	private Optional<PriceRule> open(Optional<PriceRule> current) {
		var dialog = new PriceRuleDialog(getShell(), current);
		dialog.open();
		return dialog.result();
	}

	private void removeSelected() {
		var index = selectedIndex();
		if (index >= 0) {
			prices.remove(index);
			refresh();
		}
	}

	/** Moves the selected row: the first matching pattern counts, so order matters. */
	void move(int by) {
		var index = selectedIndex();
		var target = index + by;
		if (index >= 0 && target >= 0 && target < prices.size()) {
			Collections.swap(prices, index, target);
			refresh();
			table.setSelection(new StructuredSelection(prices.get(target)));
			updateButtons();
		}
	}

	private void refresh() {
		table.setInput(prices);
		table.refresh();
		updateButtons();
	}

	/** The routing as entered; throws with the message to show when a provider has no model. */
	private Routing routing() {
		return new Routing(small.value(), large.value(), fallback.value());
	}

	private void validate() {
		try {
			routing();
			setErrorMessage(null);
			setValid(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	@Override
	public boolean performOk() {
		if (settings.isEmpty()) {
			return true;
		}
		try {
			settings.get().setRouting(routing());
			settings.get().setPrices(List.copyOf(prices));
			setErrorMessage(null);
			return true;
		} catch (RuntimeException e) {
			setErrorMessage(NLS.bind(Messages.ModelsPage_saveFailed, e.getMessage()));
			return false;
		}
	}

	RoutingRow smallRow() {
		return small;
	}

	RoutingRow largeRow() {
		return large;
	}

	RoutingRow fallbackRow() {
		return fallback;
	}

	TableViewer priceTable() {
		return table;
	}
}
