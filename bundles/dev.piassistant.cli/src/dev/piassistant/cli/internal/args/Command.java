package dev.piassistant.cli.internal.args;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.audit.AuditFilter;

/** What the user asked {@code pi} to do. */
public sealed interface Command {

	/**
	 * {@code pi run}: a new task.
	 *
	 * @param model     PROVIDER/MODEL, or MODEL alone on the default provider
	 * @param pin       every call goes to that model
	 * @param prompt    the task; "-" reads it from standard input
	 */
	record Run(Common common, Optional<String> model, boolean pin, Optional<ApprovalMode> mode, OptionalLong maxTokens,
			OptionalDouble maxCost, String prompt) implements Command {
		public Run {
			Objects.requireNonNull(common, "common");
			Objects.requireNonNull(prompt, "prompt");
		}
	}

	/** {@code pi resume}: take up an interrupted task, by default the latest one of the workspace. */
	record Resume(Common common, Optional<String> task) implements Command {
		public Resume {
			Objects.requireNonNull(common, "common");
		}
	}

	/**
	 * {@code pi index}: brings the workspace's memory of these folders up to date.
	 *
	 * @param folders the folders to index; empty: the current folder
	 */
	record Index(Common common, java.util.List<java.nio.file.Path> folders) implements Command {
		public Index {
			Objects.requireNonNull(common, "common");
			folders = java.util.List.copyOf(folders);
		}
	}

	/** {@code pi mcp}: serves the workspace's tools over MCP on standard input and output. */
	record Mcp(Common common) implements Command {
		public Mcp {
			Objects.requireNonNull(common, "common");
		}
	}

	/**
	 * {@code pi audit}: lists the workspace's audit trail, or checks its hash chain.
	 *
	 * @param filter which entries, the newest {@code filter.limit()} of them
	 * @param verify check the chain instead of listing
	 */
	record Audit(Common common, AuditFilter filter, boolean verify) implements Command {
		public Audit {
			Objects.requireNonNull(common, "common");
			Objects.requireNonNull(filter, "filter");
		}
	}

	/** {@code pi help [COMMAND]}. */
	record Help(Optional<String> topic) implements Command {
	}

	/** The options shared by run and resume; empty for help. */
	default Optional<Common> options() {
		if (this instanceof Run run) {
			return Optional.of(run.common());
		}
		if (this instanceof Resume resume) {
			return Optional.of(resume.common());
		}
		if (this instanceof Index index) {
			return Optional.of(index.common());
		}
		if (this instanceof Mcp mcp) {
			return Optional.of(mcp.common());
		}
		if (this instanceof Audit audit) {
			return Optional.of(audit.common());
		}
		return Optional.empty();
	}
}
