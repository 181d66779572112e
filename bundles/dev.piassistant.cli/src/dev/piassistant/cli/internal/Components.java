package dev.piassistant.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Why a service of Pi Assistant is not there, as Declarative Services knows it: no bundle offers it, its
 * component failed to activate, or it waits for other services (and why those are missing, in turn).
 */
final class Components {

	private final BundleContext context;

	Components(BundleContext context) {
		this.context = context;
	}

	/** A reason that waiting will not cure: nothing offers the service, or its component failed. */
	Optional<String> hopeless(String service) {
		var runtime = runtime();
		if (runtime.isEmpty()) {
			return Optional.of(Messages.Components_noRuntime);
		}
		var offering = offering(runtime.get(), service);
		if (offering.isEmpty()) {
			return Optional.of(NLS.bind(Messages.Components_none, simpleName(service)));
		}
		for (var description : offering) {
			for (var configuration : runtime.get().getComponentConfigurationDTOs(description)) {
				if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
					return Optional.of(NLS.bind(Messages.Components_failed, simpleName(service), configuration.failure));
				}
			}
		}
		return Optional.empty();
	}

	/** What the service waits for, followed down the chain: "ChatModelService (no bundle offers it)". */
	String waitingFor(String service) {
		return runtime().map(runtime -> waitingFor(runtime, service, new HashSet<>())).orElse(Messages.Components_noRuntime);
	}

	private String waitingFor(ServiceComponentRuntime runtime, String service, Set<String> seen) {
		if (!seen.add(service)) {
			return simpleName(service);
		}
		var offering = offering(runtime, service);
		if (offering.isEmpty()) {
			return NLS.bind(Messages.Components_noneShort, simpleName(service));
		}
		var missing = new ArrayList<String>();
		for (var description : offering) {
			for (var configuration : runtime.getComponentConfigurationDTOs(description)) {
				for (var reference : configuration.unsatisfiedReferences) {
					var type = Arrays.stream(description.references).filter(declared -> declared.name.equals(reference.name))
							.map(declared -> declared.interfaceName).findFirst().orElse(reference.name);
					missing.add(waitingFor(runtime, type, seen));
				}
			}
		}
		return missing.isEmpty() ? simpleName(service) : simpleName(service) + " (" + String.join(", ", missing) + ")";
	}

	private static List<ComponentDescriptionDTO> offering(ServiceComponentRuntime runtime, String service) {
		return runtime.getComponentDescriptionDTOs().stream()
				.filter(description -> description.serviceInterfaces != null && Arrays.asList(description.serviceInterfaces).contains(service))
				.toList();
	}

	private Optional<ServiceComponentRuntime> runtime() {
		var reference = context.getServiceReference(ServiceComponentRuntime.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}
}
