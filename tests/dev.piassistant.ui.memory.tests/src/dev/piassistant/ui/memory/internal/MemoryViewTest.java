package dev.piassistant.ui.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryIndex;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.ui.Services;

/**
 * The Memory view in a running workbench, over a project the memory indexed in the background: a query typed and
 * entered lists hits with their sources, the selected hit's graph neighbours follow, and its source opens in an
 * editor at its lines. The UI never waits for the memory: every search runs as a job.
 */
class MemoryViewTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private IProject project;
	private IWorkbenchPage page;
	private MemoryView view;

	@BeforeEach
	void open() throws Exception {
		var workspace = ResourcesPlugin.getWorkspace();
		project = workspace.getRoot().getProject("shop-" + UUID.randomUUID().toString().substring(0, 6));
		// Outside the repository the tests run in, so that its git history stays out of this project's memory.
		var description = workspace.newProjectDescription(project.getName());
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(Files.createTempDirectory("pi-shop").toString()));
		project.create(description, null);
		project.open(null);
		project.getFolder("src").create(true, true, null);
		project.getFolder("src/shop").create(true, true, null);
		file("src/shop/Cart.java", """
				package shop;

				import java.util.ArrayList;
				import java.util.List;

				/** What a customer is about to buy. */
				public class Cart {
					private final List<Item> items = new ArrayList<>();

					/** Adds up the prices of the items in the cart. */
					public long total() {
						long sum = 0;
						for (Item item : items) sum += item.price();
						return sum;
					}

					public void add(Item item) {
						items.add(item);
					}
				}
				""");
		file("src/shop/Item.java", "package shop;\n\n/** Something for sale, at its price in cents. */\npublic record Item(String name, long price) {\n}\n");
		file("README.md", "# Shop\n\n## Checkout\n\nThe cart adds up the prices of its items; payment comes after.\n");
		var memory = Services.await(MemoryService.class, PATIENCE.toMillis()).orElseThrow();
		spinUntil("the workspace is indexed in the background", () -> Job.getJobManager().find(MemoryIndex.JOB_FAMILY).length == 0
				&& memory.find("shop.Cart", 5).stream().anyMatch(entity -> Labels.source(entity).startsWith(project.getName() + "/")));
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (MemoryView) page.showView(MemoryView.ID);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
	}

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		page.hideView(view);
		project.delete(true, null);
	}

	@Test
	void aQueryListsHitsWithSourcesTheirNeighboursFollowAndTheSourceOpens() throws Exception {
		view.query().setText("where does the cart add up the prices");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		spinUntil("hits are listed", () -> view.hits().getTable().getItemCount() > 0);
		var hits = ((List<?>) view.hits().getInput()).stream().map(Hit.class::cast).toList();
		var total = hits.stream().filter(hit -> hit.title().equals("Cart.total()")).findFirst()
				.orElseThrow(() -> new AssertionError("Cart.total() is among " + hits.stream().map(Hit::title).toList()));
		assertTrue(hits.indexOf(total) < 3, "the method that adds up the prices is near the top: " + hits.stream().map(Hit::title).toList());
		assertTrue(total.source().cite().startsWith(project.getName() + "/src/shop/Cart.java:1"), total.source().cite());
		var sourceColumn = view.hits().getTable().getItem(hits.indexOf(total)).getText(2);
		assertEquals(total.source().cite(), sourceColumn, "the table shows where each hit comes from");

		view.hits().setSelection(new StructuredSelection(total), true);
		spinUntil("the neighbours of Cart.total() are listed", () -> neighbours().stream().anyMatch(link -> link.entity().name().contains("price")));
		assertTrue(neighbours().stream().anyMatch(link -> !link.outgoing() && link.entity().name().equals("Cart")),
				"the type that contains it: " + neighbours());
		screenshot();

		SourceOpener.open(page, total.source());
		spinUntil("Cart.java is open", () -> page.getActiveEditor() != null && page.getActiveEditor().getTitle().equals("Cart.java"));
	}

	private List<Link> neighbours() {
		var input = view.neighbours().getInput();
		return input == null ? List.of() : ((List<?>) input).stream().map(Link.class::cast).toList();
	}

	/** The view as the user sees it, for the documentation. */
	private void screenshot() throws Exception {
		var display = Display.getCurrent();
		spin(Duration.ofMillis(500));
		var shell = view.getSite().getShell();
		shell.setBounds(0, 0, 1280, 760);
		spin(Duration.ofMillis(500));
		var bounds = shell.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			var folder = Files.createDirectories(Path.of(System.getProperty("pi.screenshots", "target/screenshots")));
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(folder.resolve("memory.png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private void file(String path, String text) throws Exception {
		project.getFile(path).create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	private static void spinUntil(String what, BooleanSupplier condition) {
		var display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + PATIENCE.toSeconds() + " s waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	private static void spin(Duration duration) {
		var end = System.nanoTime() + duration.toNanos();
		spinUntil("time passes", () -> System.nanoTime() > end);
	}
}
