package dev.piassistant.core.change;

import java.util.List;

import dev.piassistant.core.tool.ToolContext;

/**
 * What the model should hear about files right after its change to them was applied, such as the compile errors they
 * now have. Registered as an OSGi service by bundles that know a kind of file; the file tools append what every
 * registered service says to their result, so the tools need not depend on those bundles.
 */
public interface ChangeFeedback {

	/**
	 * Looks at the files just changed and says what the model should know, or nothing. May take a while (a build);
	 * should end soon once the context is cancelled.
	 *
	 * @param paths the files changed, relative to the workspace (a moved file's old and new path)
	 * @return a short text for the model, or an empty string when these files are none of its business
	 */
	String afterChange(List<String> paths, ToolContext context) throws Exception;
}
