package dev.piassistant.tools.internal.permission;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.profile.ProjectProfiles;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.tools.internal.audit.AuditRecorder;
import dev.piassistant.core.tool.PermissionRequest;
import dev.piassistant.core.tool.PermissionSettings;

/**
 * The permission engine. In order: what is dangerous is denied; a tool the project does not allow is denied;
 * the project's and the user's deny rules deny; the user's answers in the session allow what they cover; ask
 * rules ask; grants given with the task allow; step by step asks; allow rules (and templates) allow; otherwise
 * reads inside the workspace run and the rest is asked, with the narrowest grants that would cover it offered.
 */
@Component(service = PermissionPolicy.class, property = "service.ranking:Integer=100")
public final class PermissionEngine implements PermissionPolicy {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

	private final ProjectProfiles profiles;
	private final PermissionSettings settings;

	@Activate
	public PermissionEngine(@Reference ProjectProfiles profiles, @Reference PermissionSettings settings) {
		this.profiles = profiles;
		this.settings = settings;
	}

	/** The audit trail's recorder, which starts following the agent at the first check. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile @Nullable AuditRecorder recorder;

	@Override
	public Permission check(PermissionRequest request) {
		var audit = recorder;
		if (audit != null) {
			audit.follow(request.session(), request.task());
		}
		var paths = new WorkspacePaths(request.workspace(), List.of());
		var coverage = new Coverage(paths);
		var defaults = new Defaults(paths, coverage);
		var facts = Facts.of(request.accesses(), paths);
		var call = new Coverage.Call(request.toolName(), request.risk(), facts);
		var danger = defaults.danger(call);
		if (danger.isPresent()) {
			return new Permission.Deny(danger.get());
		}
		var templates = new Standing.Templates(settings.templates());
		var standing = Standing.of(profiles, settings.userRules(), templates, paths, facts);
		var excluded = standing.excluding(request.toolName());
		if (excluded.isPresent()) {
			return new Permission.Deny(NLS.bind(Messages.Rule_toolNotAllowed, request.toolName(),
					excluded.get().file().map(paths::relative).orElse("")));
		}
		for (var rule : standing.deny) {
			if (coverage.touches(rule.target(), call)) {
				return new Permission.Deny(rule.user() ? NLS.bind(Messages.Rule_deniedByUser, rule.target().spec())
						: NLS.bind(Messages.Rule_deniedByProfile, rule.source(), rule.target().spec()));
			}
		}
		return granted(request, call, coverage, templates, Grant.BY_USER)
				.or(() -> asked(standing, call, coverage, defaults))
				.or(() -> granted(request, call, coverage, templates, Grant.BY_TASK))
				.or(() -> request.mode() == ApprovalMode.STEP_BY_STEP ? Optional.of(defaults.ask(call, Messages.Rule_stepByStep))
						: Optional.empty())
				.or(() -> allowed(standing, call, coverage, defaults))
				.orElseGet(() -> defaults.decide(call));
	}

	private Optional<Permission> granted(PermissionRequest request, Coverage.Call call, Coverage coverage, Standing.Templates templates,
			String by) {
		for (var grant : request.grantsInForce()) {
			if (!grant.by().equals(by)) {
				continue;
			}
			for (var target : templates.expand(grant.target())) {
				if (coverage.covers(target, call)) {
					return Optional.of(new Permission.Allow(describe(grant, target)));
				}
			}
		}
		return Optional.empty();
	}

	private static String describe(Grant grant, GrantTarget target) {
		if (grant.by().equals(Grant.BY_TASK)) {
			return NLS.bind(Messages.Rule_grantedWithTask, target.spec());
		}
		var until = grant.until() == null ? "" : TIME.format(grant.until());
		return NLS.bind(Messages.Rule_grantedByUser, target.spec(), Messages.scope(grant.scope(), until));
	}

	private static Optional<Permission> asked(Standing standing, Coverage.Call call, Coverage coverage, Defaults defaults) {
		if (standing.broken.isPresent()) {
			var broken = standing.broken.get();
			return Optional.of(defaults.ask(call, NLS.bind(Messages.Rule_profileBroken, broken.file(), broken.getMessage())));
		}
		for (var rule : standing.ask) {
			if (coverage.touches(rule.target(), call)) {
				return Optional.of(defaults.ask(call, rule.user() ? NLS.bind(Messages.Rule_askedByUser, rule.target().spec())
						: NLS.bind(Messages.Rule_askedByProfile, rule.source(), rule.target().spec())));
			}
		}
		return Optional.empty();
	}

	private static Optional<Permission> allowed(Standing standing, Coverage.Call call, Coverage coverage, Defaults defaults) {
		for (var rule : standing.allow) {
			if (coverage.covers(rule.target(), call)) {
				return Optional.of(new Permission.Allow(rule.user() ? NLS.bind(Messages.Rule_allowedByUser, rule.target().spec())
						: NLS.bind(Messages.Rule_allowedByProfile, rule.source(), rule.target().spec())));
			}
		}
		return Optional.empty();
	}
}
