package dev.piassistant.core.event;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * A hook the user configured could not do its work: it failed to start, exited with an error, timed out, or
 * its settings file could not be read. The task goes on as if the hook were not there.
 *
 * @param hookEvent the lifecycle point it ran at ({@code PreToolUse}, {@code PostToolUse},
 *                  {@code UserPromptSubmit}, {@code Stop}), or "" for a settings file that could not be read
 * @param command   the hook's command line, or the settings file
 * @param callId    the tool call it ran for, if any
 * @param problem   what went wrong, with the hook's error output
 */
public record HookFailed(SessionId session, Instant at, TaskId task, String hookEvent, String command,
		@Nullable String callId, String problem) implements TaskEvent {
}
