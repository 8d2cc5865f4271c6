package org.entente.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line: on a terminal one line rewritten in place with {@code \r} five times a second; otherwise
 * (output to a file or a CI log) a plain line every ten seconds, so that logs stay readable.
 */
final class Progress implements AutoCloseable {

	private final PrintStream out = System.out;

	private final boolean terminal = System.console() != null;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "progress");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private volatile String label;

	private volatile long total;

	private volatile long startedAt;

	private volatile String lastError;

	private int width;

	Progress() {
		this.refresher.scheduleAtFixedRate(this::show, 200, this.terminal ? 200 : 10_000, TimeUnit.MILLISECONDS);
	}

	void start(String label, long total) {
		this.done.set(0);
		this.errors.set(0);
		this.total = total;
		this.startedAt = System.nanoTime();
		this.label = label;
	}

	void advance(long count) {
		this.done.addAndGet(count);
	}

	void error(Exception exception) {
		this.errors.incrementAndGet();
		this.lastError = exception.getMessage();
	}

	/** Ends the current task, leaving its last state on the line above the next. */
	void finish() {
		show();
		if (this.terminal && this.label != null) {
			this.out.println();
			this.width = 0;
		}
		if (this.lastError != null) {
			this.out.println("  last error: " + abbreviated(this.lastError));
			this.lastError = null;
		}
		this.label = null;
	}

	/** A line of its own, between tasks. */
	synchronized void say(String message) {
		this.out.println(message);
	}

	private synchronized void show() {
		String current = this.label;
		if (current == null) {
			return;
		}
		long count = this.done.get();
		double seconds = (System.nanoTime() - this.startedAt) / 1e9;
		String line = String.format(Locale.ROOT, "  %s: %,d of %,d (%.0f%%), %,.0f/s, %.0f s%s", current, count,
				this.total, (this.total > 0) ? 100.0 * count / this.total : 100.0, (seconds > 0) ? count / seconds : 0,
				seconds, (this.errors.get() > 0) ? ", " + this.errors.get() + " errors" : "");
		if (this.terminal) {
			this.out.print("\r" + line + " ".repeat(Math.max(0, this.width - line.length())));
			this.width = line.length();
			this.out.flush();
		}
		else {
			this.out.println(line);
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	@Override
	public void close() {
		this.refresher.shutdownNow();
	}

}
