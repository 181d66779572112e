package dev.piassistant.training.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.InferenceService;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.training.Checkpoint;
import dev.piassistant.core.training.DatasetPreview;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Prediction;
import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TrainingListener;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.training.internal.deploy.DeployedTools;
import dev.piassistant.training.internal.deploy.Deployer;
import dev.piassistant.training.internal.deploy.Predictions;
import dev.piassistant.training.internal.store.Json;
import dev.piassistant.training.internal.store.RunStore;

/**
 * The training service. Starts immediately with the workspace: runs the store still calls running are marked
 * interrupted (no job of this process runs them), and the deployed models are offered to the agent as tools.
 */
@Component(service = TrainingService.class, immediate = true)
public final class TrainingComponent implements TrainingService, RunJob.Events {

	private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<RunId, RunJob> jobs = new ConcurrentHashMap<>();
	private final Map<RunId, CompletableFuture<RunSummary>> completions = new ConcurrentHashMap<>();
	private @Nullable RunStore store;
	private @Nullable InferenceService inference;
	private @Nullable DeployedTools tools;
	private @Nullable Predictions predictions;

	@Reference
	void setDatabase(Database database) {
		store = new RunStore(database);
	}

	@Reference
	void setInference(InferenceService service) {
		inference = service;
	}

	@Activate
	void activate(BundleContext context) {
		store().interruptRunning();
		predictions = new Predictions(inference());
		var offered = new DeployedTools(context, this);
		offered.refresh(store().deployments());
		tools = offered;
	}

	@Deactivate
	void deactivate() {
		jobs.values().forEach(RunJob::interrupt);
		for (var job : jobs.values()) {
			try {
				job.join(10_000, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		var offered = tools;
		if (offered != null) {
			offered.close();
		}
	}

	@Override
	public EngineStatus engine() {
		return inference().engine();
	}

	@Override
	public DatasetPreview preview(Path dataset, int rows) {
		return Previews.of(dataset, rows);
	}

	@Override
	public RunSummary start(TrainingRequest request) {
		var plan = new Planner(inference()).plan(request);
		requireEngine();
		try {
			Json.writeFile(plan.folder().resolve(RunFolders.PREPROCESSING), plan.preprocessing());
			Json.writeFile(plan.folder().resolve(RunFolders.NETWORK), plan.spec());
			store().insert(plan.summary(), new RunStore.Origin(plan.textColumn(), plan.folder()));
		} catch (RuntimeException e) {
			RunFolders.delete(plan.folder());
			throw e;
		}
		schedule(plan);
		return plan.summary();
	}

	@Override
	public RunSummary resume(RunId id) {
		return resume(id, null);
	}

	private RunSummary resume(RunId id, @Nullable Device device) {
		var run = run(id).orElseThrow(() -> new IllegalArgumentException("There is no run " + id + "."));
		if (run.state() != RunState.INTERRUPTED) {
			throw new IllegalStateException("Run " + run.name() + " is " + run.state().name().toLowerCase() + ", not interrupted: nothing to resume.");
		}
		requireEngine();
		var origin = store().origin(id).orElseThrow();
		var plan = new Planner(inference()).resume(run, origin, store().epochs(id));
		if (device != null) {
			plan = onDevice(plan, device);
		}
		store().truncate(id, plan.done());
		store().running(id, plan.summary().device());
		schedule(plan);
		return plan.summary();
	}

	private static RunPlan onDevice(RunPlan plan, Device device) {
		var s = plan.summary();
		var moved = new RunSummary(s.id(), s.name(), s.taskType(), s.dataset(), s.labelColumn(), s.state(), s.hyperparameters(), s.data(), device,
				s.started(), s.ended(), s.epochs(), s.bestEpoch(), s.stoppedEarly(), s.test(), s.problem());
		return new RunPlan(moved, plan.textColumn(), plan.folder(), plan.preprocessing(), plan.spec(), plan.train(), plan.validation(), plan.test(),
				plan.done(), plan.stopping(), plan.resume());
	}

	private void schedule(RunPlan plan) {
		var id = plan.summary().id();
		completions.computeIfAbsent(id, key -> new CompletableFuture<>());
		var job = new RunJob(plan, store(), this);
		jobs.put(id, job);
		notifyRun(plan.summary());
		job.schedule();
	}

	private void requireEngine() {
		var status = engine();
		if (!status.isReady()) {
			throw new IllegalStateException(status instanceof EngineStatus.Failed failed
					? "The training engine failed to start: " + failed.detail()
					: "The training engine is not installed. Install \"Pi Assistant Training Engine\" from the Pi Assistant update site, then restart.");
		}
	}

	@Override
	public void stop(RunId run) {
		var job = jobs.get(run);
		if (job != null) {
			job.requestStop();
		}
	}

	@Override
	public CompletionStage<RunSummary> completion(RunId id) {
		var running = completions.get(id);
		if (running != null) {
			return running;
		}
		return CompletableFuture.completedFuture(run(id).orElseThrow(() -> new IllegalArgumentException("There is no run " + id + ".")));
	}

	@Override
	public void epoch(RunSummary run, EpochMetrics epoch) {
		listeners.forEach(listener -> safely(() -> listener.onEpoch(run.id(), epoch)));
	}

	@Override
	public void ended(RunSummary run, boolean fellBack) {
		jobs.remove(run.id());
		notifyRun(run);
		if (fellBack) {
			try {
				resume(run.id(), Device.CPU);
				return;
			} catch (RuntimeException e) {
				System.getLogger(getClass().getName()).log(System.Logger.Level.ERROR, "Could not resume run " + run.name() + " on the CPU", e);
			}
		}
		var future = completions.remove(run.id());
		if (future != null) {
			future.complete(run);
		}
	}

	@Override
	public List<RunSummary> runs() {
		return store().runs();
	}

	@Override
	public Optional<RunSummary> run(RunId run) {
		return store().run(run);
	}

	@Override
	public List<EpochMetrics> epochs(RunId run) {
		return store().epochs(run);
	}

	@Override
	public List<Checkpoint> checkpoints(RunId id) {
		var run = run(id);
		var origin = store().origin(id);
		return run.isEmpty() || origin.isEmpty() ? List.of() : RunFolders.checkpoints(origin.get().folder(), run.get().bestEpoch());
	}

	@Override
	public DeployedModel deploy(RunId id, String name) {
		var run = run(id).orElseThrow(() -> new IllegalArgumentException("There is no run " + id + "."));
		var origin = store().origin(id).orElseThrow();
		var deployed = new Deployer(store()).deploy(run, origin.folder(), name, store().epochs(id));
		refreshTools();
		return deployed;
	}

	@Override
	public List<DeployedModel> deployed() {
		return store().deployments();
	}

	@Override
	public List<Prediction> predict(String name, List<Map<String, String>> rows) {
		var model = deployed().stream().filter(candidate -> candidate.active() && candidate.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No model named " + name + " is deployed."));
		return predictions().predict(model, rows);
	}

	private void refreshTools() {
		var offered = tools;
		if (offered != null) {
			offered.refresh(store().deployments());
		}
	}

	@Override
	public void addListener(TrainingListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(TrainingListener listener) {
		listeners.remove(listener);
	}

	private void notifyRun(RunSummary run) {
		listeners.forEach(listener -> safely(() -> listener.onRun(run)));
	}

	private static void safely(Runnable action) {
		try {
			action.run();
		} catch (RuntimeException e) {
			System.getLogger(TrainingComponent.class.getName()).log(System.Logger.Level.WARNING, "A training listener failed", e);
		}
	}

	private RunStore store() {
		var current = store;
		if (current == null) {
			throw new IllegalStateException("the training service is not active");
		}
		return current;
	}

	private InferenceService inference() {
		var current = inference;
		if (current == null) {
			throw new IllegalStateException("the training service has no inference service");
		}
		return current;
	}

	private Predictions predictions() {
		var current = predictions;
		if (current == null) {
			throw new IllegalStateException("the training service is not active");
		}
		return current;
	}
}
