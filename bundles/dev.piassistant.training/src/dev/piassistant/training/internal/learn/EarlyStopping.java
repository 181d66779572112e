package dev.piassistant.training.internal.learn;

/**
 * Stops training when the validation loss has not improved for {@code patience} epochs. An improvement is a
 * loss lower than the best by more than a ten-thousandth of it, so that noise does not keep a run alive.
 */
public final class EarlyStopping {

	private final int patience;
	private double best;
	private int bestEpoch;
	private int sinceBest;

	public EarlyStopping(int patience) {
		this(patience, Double.POSITIVE_INFINITY, 0, 0);
	}

	/** Takes up where a run stopped, for resumption. */
	public EarlyStopping(int patience, double best, int bestEpoch, int sinceBest) {
		this.patience = patience;
		this.best = best;
		this.bestEpoch = bestEpoch;
		this.sinceBest = sinceBest;
	}

	/** Records an epoch's validation loss; returns whether it is the best so far. */
	public boolean record(int epoch, double loss) {
		if (loss < best - Math.abs(best) * 1e-4 || Double.isInfinite(best)) {
			best = loss;
			bestEpoch = epoch;
			sinceBest = 0;
			return true;
		}
		sinceBest++;
		return false;
	}

	public boolean shouldStop() {
		return sinceBest >= patience;
	}

	public int bestEpoch() {
		return bestEpoch;
	}

	public double best() {
		return best;
	}

	public int sinceBest() {
		return sinceBest;
	}
}
