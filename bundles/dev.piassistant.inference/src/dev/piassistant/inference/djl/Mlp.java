package dev.piassistant.inference.djl;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import dev.piassistant.core.inference.MlpSpec;

/** The network of an {@link MlpSpec}: the one place where training and inference agree on its layers. */
public final class Mlp {

	private Mlp() {
	}

	public static Block of(MlpSpec spec) {
		var block = new SequentialBlock();
		for (int width : spec.hidden()) {
			block.add(Linear.builder().setUnits(width).build());
			block.add(Activation.reluBlock());
			if (spec.dropout() > 0) {
				block.add(Dropout.builder().optRate((float) spec.dropout()).build());
			}
		}
		block.add(Linear.builder().setUnits(spec.outputs()).build());
		return block;
	}
}
