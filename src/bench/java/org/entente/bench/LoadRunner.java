package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: {@code concurrency} workers, each with its own connection or client, perform numbered
 * operations back to back until {@code count} are done. Closed loop is what a submitting machine does; the soak
 * uses an open loop at a fixed rate instead.
 */
final class LoadRunner {

	private LoadRunner() {
	}

	/** Performs {@code warmUp} unmeasured operations, then {@code count} measured ones. */
	static Figure run(String label, int concurrency, int warmUp, int count, Progress progress, WorkerFactory workers)
			throws Exception {
		if (warmUp > 0) {
			perform(label + " (warm-up)", concurrency, warmUp, progress, workers);
		}
		return perform(label, concurrency, count, progress, workers);
	}

	private static Figure perform(String label, int concurrency, int count, Progress progress, WorkerFactory workers)
			throws Exception {
		Latencies latencies = new Latencies();
		AtomicInteger next = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(concurrency);
		progress.start(label, count);
		long start = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < concurrency; i++) {
				running.add(executor.submit(() -> {
					try (Worker worker = workers.create()) {
						int index;
						while ((index = next.getAndIncrement()) < count) {
							long began = System.nanoTime();
							try {
								worker.perform(index);
								latencies.record(System.nanoTime() - began);
							}
							catch (RuntimeException exception) {
								latencies.error();
								progress.error(exception);
							}
							progress.advance(1);
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : running) {
				worker.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		Figure figure = latencies.figure(System.nanoTime() - start);
		progress.finish();
		return figure;
	}

	/** Makes one worker per thread, so that a worker may hold a connection of its own. */
	@FunctionalInterface
	interface WorkerFactory {

		Worker create() throws Exception;

	}

	/** Performs operations; an unchecked exception counts the operation as an error. */
	@FunctionalInterface
	interface Worker extends AutoCloseable {

		void perform(int index) throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

}
