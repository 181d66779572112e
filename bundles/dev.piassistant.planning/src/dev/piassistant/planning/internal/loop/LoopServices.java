package dev.piassistant.planning.internal.loop;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.ToolRegistry;

/**
 * What the loop works with: the models, the user's provider settings, the tools, the permission policy in
 * force (it may change while a task runs), the checkpoints taken before writes (when a bundle offers them), the
 * workspace folder, and the memory when one is installed (it may come and go too).
 */
public record LoopServices(ChatModelService models, ProviderSettings settings, ToolRegistry tools,
		Supplier<PermissionPolicy> policy, Supplier<Optional<Checkpoints>> checkpoints, Path workspace,
		Supplier<@Nullable MemoryService> memory) {
}
