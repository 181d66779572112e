package dev.piassistant.training.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.testing.OsgiServices;

/** The real training service, as Declarative Services wires it, and waiting for runs. */
final class Training {

	static final Duration WAIT = Duration.ofSeconds(120);

	private Training() {
	}

	static TrainingService service() {
		return OsgiServices.await(TrainingService.class, Duration.ofSeconds(30));
	}

	static RunSummary await(TrainingService training, RunSummary run) throws Exception {
		return training.completion(run.id()).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	static RunSummary train(TrainingService training, TrainingRequest request) throws Exception {
		return await(training, training.start(request));
	}
}
