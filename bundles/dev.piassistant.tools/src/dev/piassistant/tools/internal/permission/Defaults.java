package dev.piassistant.tools.internal.permission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.Risk;

/**
 * What the engine decides when no grant or rule says otherwise: reads inside the workspace run; reads outside it,
 * changes, commands and requests are asked; what {@link Dangers} names is denied. Asks offer the narrowest
 * grants that would cover the call: exactly this command, its family, the path or its folder, the host, the tool.
 */
final class Defaults {

	private final WorkspacePaths paths;
	private final Dangers dangers;
	private final Coverage coverage;

	Defaults(WorkspacePaths paths, Coverage coverage) {
		this.paths = paths;
		this.dangers = new Dangers(paths);
		this.coverage = coverage;
	}

	/** The first thing the call does that is never allowed. */
	Optional<String> danger(Coverage.Call call) {
		for (var fact : call.facts()) {
			var danger = dangers.of(fact);
			if (danger.isPresent()) {
				return danger;
			}
		}
		return Optional.empty();
	}

	/** The decision without grants, for a call that is not dangerous. */
	Permission decide(Coverage.Call call) {
		if (call.facts().isEmpty()) {
			return call.risk() == Risk.READ ? new Permission.Allow(Messages.Rule_reads)
					: ask(call, NLS.bind(Messages.Rule_risk, Messages.risk(call.risk())));
		}
		for (var fact : call.facts()) {
			var rule = askedBecause(fact, call.risk());
			if (rule.isPresent()) {
				return ask(call, rule.get());
			}
		}
		return new Permission.Allow(call.facts().stream().anyMatch(Fact.FileUse.class::isInstance) ? Messages.Rule_readsInside
				: Messages.Rule_reads);
	}

	Permission.Ask ask(Coverage.Call call, String rule) {
		return new Permission.Ask(rule, choices(call));
	}

	private Optional<String> askedBecause(Fact fact, Risk risk) {
		if (fact instanceof Fact.FileUse file) {
			var shown = paths.relative(file.path());
			if (file.op() != Access.FileOp.READ) {
				return Optional.of(Messages.Rule_changes);
			}
			if (!paths.inside(file.path())) {
				return Optional.of(NLS.bind(Messages.Rule_readOutside, shown));
			}
			return paths.maySecrets(file.path()) ? Optional.of(NLS.bind(Messages.Rule_maySecrets, shown)) : Optional.empty();
		}
		if (fact instanceof Fact.CommandRun run) {
			if (needsNaming(run)) {
				return Optional.of(Messages.Rule_remoteGit);
			}
			if (run.command().isDynamic() || !run.command().assignments().isEmpty()) {
				return Optional.of(Messages.Rule_dynamic);
			}
			return run.shell() || risk != Risk.READ ? Optional.of(Messages.Rule_commands) : Optional.empty();
		}
		if (fact instanceof Fact.Opaque opaque) {
			return Optional.of(NLS.bind(Messages.Rule_opaque, opaque.why()));
		}
		if (fact instanceof Fact.Request) {
			return Optional.of(Messages.Rule_requests);
		}
		if (fact instanceof Fact.Unreadable unreadable) {
			return Optional.of(NLS.bind(Messages.Rule_unreadable, unreadable.what()));
		}
		return Optional.empty();
	}

	private static boolean needsNaming(Fact.CommandRun run) {
		return GitCommand.of(Programs.unwrap(run.command().texts())).filter(GitCommand::isRemote).isPresent();
	}

	/** The grants to offer, narrowest first, each one that would cover the call. */
	private List<GrantTarget> choices(Coverage.Call call) {
		var candidates = new LinkedHashSet<GrantTarget>();
		for (var fact : call.facts()) {
			candidates.addAll(candidates(fact));
		}
		var choices = new ArrayList<GrantTarget>();
		for (var candidate : candidates) {
			if (coverage.covers(candidate, call)) {
				choices.add(candidate);
			}
		}
		choices.add(new GrantTarget.AnyCall(call.tool()));
		return choices;
	}

	private List<GrantTarget> candidates(Fact fact) {
		var candidates = new ArrayList<GrantTarget>();
		if (fact instanceof Fact.CommandRun run && !run.command().words().isEmpty()) {
			var words = run.command().texts();
			candidates.add(new GrantTarget.Command(words));
			var subcommand = Coverage.subcommand(words);
			if (!subcommand.isEmpty()) {
				candidates.add(new GrantTarget.Commands(words.get(0), List.of(subcommand)));
			}
			candidates.add(new GrantTarget.Commands(words.get(0), List.of()));
		} else if (fact instanceof Fact.FileUse file) {
			var relative = paths.relative(file.path());
			candidates.add(new GrantTarget.Paths(relative));
			var slash = relative.lastIndexOf('/');
			if (slash > 0) {
				candidates.add(new GrantTarget.Paths(relative.substring(0, slash) + "/**"));
			}
		} else if (fact instanceof Fact.Request request && !request.host().isEmpty()) {
			candidates.add(new GrantTarget.Host(request.host()));
			var dot = request.host().indexOf('.');
			if (dot > 0 && request.host().indexOf('.', dot + 1) > 0) {
				candidates.add(new GrantTarget.Host("*" + request.host().substring(dot)));
			}
		}
		return candidates;
	}
}
