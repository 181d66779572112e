package dev.piassistant.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.cli.internal.args.Command;
import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.MemoryIndex;

/**
 * {@code pi index}: brings the workspace's memory of folders up to date, headless. Only what changed since the last
 * run is read; Ctrl+C stops it between files and the next run goes on from there, as after a kill.
 */
final class IndexCommand {

	/** Problems listed one by one; beyond that, only their number. */
	static final int SHOWN_PROBLEMS = 20;

	private final MemoryIndex index;
	private final Pi.Streams streams;
	private final boolean json;
	private final boolean quiet;
	private volatile boolean cancelled;

	IndexCommand(MemoryIndex index, Pi.Streams streams, boolean json, boolean quiet) {
		this.index = index;
		this.streams = streams;
		this.json = json;
		this.quiet = quiet;
	}

	/** The folders as roots named after themselves; a folder that is not there is a usage error, found before any work. */
	static List<IndexRoot> roots(Command.Index command, Path current) throws UsageException {
		var folders = command.folders().isEmpty() ? List.of(current) : command.folders();
		var roots = new ArrayList<IndexRoot>();
		for (var folder : folders) {
			var absolute = current.resolve(folder).toAbsolutePath().normalize();
			if (!Files.isDirectory(absolute)) {
				throw new UsageException(NLS.bind(Messages.Index_notFolder, folder));
			}
			var name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
			roots.add(new IndexRoot(name, absolute));
		}
		return roots;
	}

	void cancel() {
		cancelled = true;
	}

	ExitCode run(List<IndexRoot> roots) {
		Interrupts.onInterrupt(this::cancel);
		var report = index.index(roots, new Monitor());
		if (json) {
			streams.out().println(json(report));
		} else {
			report.problems().stream().limit(SHOWN_PROBLEMS).forEach(problem -> streams.err().println(NLS.bind(Messages.Pi_warning, problem)));
			if (report.problems().size() > SHOWN_PROBLEMS) {
				streams.err().println(NLS.bind(Messages.Index_moreProblems, report.problems().size() - SHOWN_PROBLEMS));
			}
			streams.out().println(NLS.bind(report.cancelled() ? Messages.Index_stopped : Messages.Index_done, new Object[] {
					report.files(), report.parsed(), report.removed(), report.chunks(), report.commits(), report.embedded(),
					String.format(Locale.ROOT, "%.1f", report.took().toMillis() / 1000.0) }));
		}
		streams.out().flush();
		return report.cancelled() ? ExitCode.CANCELLED : ExitCode.COMPLETED;
	}

	private static String json(IndexReport report) {
		var node = new ObjectMapper().createObjectNode();
		node.put("files", report.files()).put("read", report.parsed()).put("removed", report.removed()).put("chunks", report.chunks())
				.put("commits", report.commits()).put("embedded", report.embedded()).put("millis", report.took().toMillis())
				.put("cancelled", report.cancelled());
		report.problems().forEach(node.putArray("problems")::add);
		return node.toString();
	}

	/** Each phase on standard error as it begins, unless quiet; the cancel flag Ctrl+C sets. */
	private final class Monitor implements IndexMonitor {

		@Override
		public void begin(String phase, int units) {
			if (!quiet && !json) {
				streams.err().println(units > 0 ? NLS.bind(Messages.Index_phaseOf, phase, units) : NLS.bind(Messages.Index_phase, phase));
			}
		}

		@Override
		public boolean isCancelled() {
			return cancelled;
		}
	}
}
