package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryIndex;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.testing.OsgiServices;

/**
 * In the IDE the memory follows the workspace by itself: a project created, files saved, moved and deleted, and the
 * project deleted reach the index through the background job of the memory's family, with no call from anyone.
 */
class WorkspaceIndexTest {

	private final MemoryService memory = OsgiServices.await(MemoryService.class, MemoryFixture.WAIT);
	private IProject project;

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("w" + UUID.randomUUID().toString().substring(0, 8));
		project.create(null);
		project.open(null);
		folder("src/shop");
		file("src/shop/Basket.java", """
				package shop;

				/** Holds what the shopper picked. */
				public class Basket {
					public long weigh(Parcel parcel) {
						return parcel.grams();
					}
				}
				""");
		file("src/shop/Parcel.java", "package shop;\n\npublic record Parcel(long grams) {\n}\n");
		settle();
	}

	@AfterEach
	void delete() throws Exception {
		if (project.exists()) {
			project.delete(true, null);
			settle();
		}
	}

	@Test
	void aNewProjectIsIndexedInTheBackground() {
		assertEquals(List.of("Basket.weigh(Parcel)"), callers("Parcel#grams"));
		assertEquals(project.getName() + "/src/shop/Basket.java", keywords("basket weigh").get(0).source().path());
	}

	@Test
	void aSavedFileIsReadAgain() throws Exception {
		project.getFile("src/shop/Basket.java").setContents(stream("""
				package shop;

				public class Basket {
					public long weigh(Parcel parcel) {
						return parcel.grams();
					}

					public long postage(Parcel parcel) {
						return weigh(parcel) / 100;
					}
				}
				"""), IResource.FORCE, null);
		settle();
		assertEquals(List.of("Basket.postage(Parcel)"), callers("Basket#weigh"));
		assertEquals("Basket.postage(Parcel)", keywords("postage").get(0).title());
	}

	@Test
	void aMovedFileIsFoundUnderItsNewPathOnly() throws Exception {
		folder("src/shop/post");
		var moved = project.getFile("src/shop/post/Parcel.java");
		project.getFile("src/shop/Parcel.java").move(moved.getFullPath(), true, null);
		moved.setContents(stream("package shop.post;\n\npublic record Parcel(long grams) {\n}\n"), IResource.FORCE, null);
		settle();
		assertEquals(1, memory.find("shop.post.Parcel", 5).stream().filter(entity -> entity.key().equals("shop.post.Parcel")).count());
		assertEquals(project.getName() + "/src/shop/post/Parcel.java", keywords("parcel grams").get(0).source().path());
		assertTrue(memory.find("shop.Parcel", 5).stream().noneMatch(entity -> entity.key().equals("shop.Parcel")));
	}

	@Test
	void aDeletedFileAndADeletedProjectLeaveNothingBehind() throws Exception {
		project.getFile("src/shop/Parcel.java").delete(true, null);
		settle();
		assertTrue(memory.find("shop.Parcel", 5).stream().noneMatch(entity -> entity.key().equals("shop.Parcel")));
		project.delete(true, null);
		settle();
		assertTrue(keywords("basket weigh").stream().noneMatch(hit -> hit.source().path().startsWith(project.getName() + "/")));
	}

	private List<String> callers(String method) {
		return memory.ask(GraphQuestion.CALLERS, method, 10).orElseThrow().links().stream()
				.map(link -> link.entity().key().substring(link.entity().key().lastIndexOf('.', link.entity().key().indexOf('#')) + 1)
						.replace('#', '.'))
				.sorted().toList();
	}

	private List<Hit> keywords(String query) {
		return memory.search(MemoryQuery.of(query, 5).only(Hit.Signal.KEYWORDS)).stream()
				.filter(hit -> hit.source().path().startsWith(project.getName() + "/")).toList();
	}

	/** Waits for the memory's background jobs, as any client of the family can. */
	private static void settle() throws InterruptedException {
		Job.getJobManager().join(MemoryIndex.JOB_FAMILY, null);
	}

	private void folder(String path) throws CoreException {
		IFolder folder = project.getFolder(path);
		if (!folder.getParent().exists()) {
			folder(folder.getParent().getProjectRelativePath().toString());
		}
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
	}

	private void file(String path, String text) throws CoreException {
		IFile file = project.getFile(path);
		file.create(stream(text), true, null);
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
