package dev.piassistant.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.cli.internal.render.Terminal;

/** The {@code pi} command as an Equinox application; its exit code is the process's. */
public final class PiApplication implements IApplication {

	private volatile @Nullable Pi pi;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		var arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		var bundle = FrameworkUtil.getBundle(getClass());
		var command = new Pi(new Pi.Streams(System.in, System.out, System.err), Terminal.detect(), bundle.getBundleContext());
		pi = command;
		return command.run(arguments == null ? List.of() : List.of(arguments)).code();
	}

	@Override
	public void stop() {
		var command = pi;
		if (command != null) {
			command.interrupt();
		}
	}
}
