package org.entente.dissemination.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected stream client, written without blocking (Servlet non-blocking I/O). Events wait in a bounded
 * queue and go out whenever the socket takes them, from whichever thread has work for this client (the hub's
 * writers, or the container calling {@link #onWritePossible()} once a full socket drained), never two threads
 * at once. So no thread waits on a slow client, and none is needed per client; one that falls more than the
 * queue's capacity behind is told why and disconnected, and resumes later from its last event id.
 */
final class Subscriber implements WriteListener, AsyncListener {

	private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

	/** How long a container thread ending the request waits for a write under way to finish. */
	private static final Duration CONTAINER_WAIT = Duration.ofSeconds(1);

	private static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

	private final String member;

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final int capacity;

	private final Consumer<Subscriber> whenEnded;

	private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger queued = new AtomicInteger();

	/**
	 * Requests to write not yet served: the caller that raises it from zero writes, and goes round again while
	 * others asked meanwhile; so one thread at a time writes, and no request is lost to a writer just leaving.
	 */
	private final AtomicInteger writeRequests = new AtomicInteger();

	private final AtomicBoolean ended = new AtomicBoolean();

	private final AtomicReference<Runnable> whenDrained = new AtomicReference<>();

	/**
	 * Held while writing, and taken by the container's callbacks before they let the request go, so that no
	 * write touches a request the container has recycled. Non-blocking writes never wait on the socket, so it
	 * is held briefly.
	 */
	private final ReentrantLock writing = new ReentrantLock();

	/** Ledger position: entries up to it were queued, or were not for this member. Guarded by the hub. */
	private long position;

	/** Whether it receives the hub's live dispatch, rather than catching up; changed under the hub's lock. */
	private volatile boolean live;

	/** Set by the container's first {@link #onWritePossible()}, once the request's own thread is done with it. */
	private volatile boolean writable;

	private volatile String disconnectReason;

	private volatile long disconnectRequestedAt;

	/** Only the current writer touches these two. */
	private boolean flushNeeded;

	private boolean disconnectSent;

	Subscriber(String member, AsyncContext async, ServletOutputStream out, long position, int capacity,
			Consumer<Subscriber> whenEnded) {
		this.member = member;
		this.async = async;
		this.out = out;
		this.position = position;
		this.capacity = capacity;
		this.whenEnded = whenEnded;
	}

	String member() {
		return this.member;
	}

	long position() {
		return this.position;
	}

	boolean live() {
		return this.live;
	}

	void goLive() {
		this.live = true;
	}

	/** Back to catching up from its position, when the live dispatch could not serve it a batch. */
	void fallBehind() {
		this.live = false;
	}

	/** Moves its position past entries that held nothing for it. */
	void advanceTo(long seq) {
		this.position = Math.max(this.position, seq);
	}

	boolean ended() {
		return this.ended.get();
	}

	/**
	 * Queues an event unless it was queued before (catch-up and live dispatch may both read it); a full queue
	 * disconnects the subscriber rather than growing without bound. Answers whether anything was queued.
	 */
	boolean enqueue(long seq, byte[] event) {
		if (seq <= this.position || this.ended.get() || this.disconnectReason != null) {
			return false;
		}
		if (this.queued.get() >= this.capacity) {
			disconnect("too slow: more than " + this.capacity + " events behind; resume with Last-Event-ID");
			return false;
		}
		this.queue.add(event);
		this.queued.incrementAndGet();
		this.position = seq;
		return true;
	}

	/**
	 * A comment when nothing else is waiting, so proxies keep the stream open and a client that went away is
	 * noticed; a subscriber that was told to go but never took the message is ended here.
	 */
	void heartbeat(long graceNanos) {
		long requested = this.disconnectRequestedAt;
		if (requested != 0 && System.nanoTime() - requested > graceNanos) {
			end("it did not take its disconnection");
			return;
		}
		if (this.queued.get() == 0 && !this.ended.get()) {
			this.queue.add(HEARTBEAT);
			this.queued.incrementAndGet();
		}
		write();
	}

	/** Runs {@code next} once everything queued so far has been handed to the socket: catch-up's next page. */
	void whenDrained(Runnable next) {
		this.whenDrained.set(next);
		write();
	}

	/** Writes what is queued, as far as the socket takes it without blocking. */
	void write() {
		if (this.writeRequests.getAndIncrement() != 0) {
			return;
		}
		int requests = 1;
		do {
			drain();
			requests = this.writeRequests.addAndGet(-requests);
		}
		while (requests != 0);
	}

	/**
	 * Writes what is queued until nothing is or the socket is full, asking {@code isReady()} before every
	 * write and every flush, as Servlet non-blocking output requires: Tomcat's flush throws if a write just
	 * filled the socket. Everything queued goes in one write, then one flush, so a pass costs two checks
	 * however many events it carries (Tomcat's write and flush each check again; at 1,000 clients these
	 * checks were most of the fan-out's CPU). Not asked after the last flush: if it could not finish, Tomcat
	 * writes the rest itself, and the next pass asks before it writes.
	 */
	private void drain() {
		if (!this.writable) {
			return;
		}
		boolean drained;
		this.writing.lock();
		try {
			drained = !this.ended.get() && writeWhileReady();
		}
		catch (IOException | IllegalStateException exception) {
			// The client went away (or the container ended the request): it resumes with its last event id.
			end("writing failed: " + exception);
			drained = false;
		}
		finally {
			this.writing.unlock();
		}
		Runnable next = drained ? this.whenDrained.getAndSet(null) : null;
		if (next != null) {
			next.run();
		}
	}

	/** Answers whether everything went out, rather than the socket filling up first. */
	private boolean writeWhileReady() throws IOException {
		while (somethingToWrite()) {
			if (!this.out.isReady()) {
				// The container calls onWritePossible() once the socket took what Tomcat holds.
				return false;
			}
			writeSome();
		}
		return !this.ended.get();
	}

	private boolean somethingToWrite() {
		return this.flushNeeded || !this.queue.isEmpty() || (this.disconnectReason != null && !this.ended.get());
	}

	/** One write or one flush: the next step of a pass, taken only after {@code isReady()}. */
	private void writeSome() throws IOException {
		if (this.disconnectReason != null) {
			disconnecting();
		}
		else if (!this.queue.isEmpty()) {
			this.out.write(takeQueued());
			this.flushNeeded = true;
		}
		else {
			this.flushNeeded = false;
			this.out.flush();
		}
	}

	/** Everything queued, as one array. */
	private byte[] takeQueued() {
		ByteArrayOutputStream all = new ByteArrayOutputStream(512);
		int taken = 0;
		for (byte[] next = this.queue.poll(); next != null; next = this.queue.poll()) {
			all.writeBytes(next);
			taken++;
		}
		this.queued.addAndGet(-taken);
		return all.toByteArray();
	}

	/** Drops what was queued, tells the client why it is disconnected, flushes that, then ends. */
	private void disconnecting() throws IOException {
		if (!this.disconnectSent) {
			this.disconnectSent = true;
			this.queue.clear();
			this.out.write(("event:disconnect\ndata:{\"reason\":\"" + this.disconnectReason + "\"}\n\n")
				.getBytes(StandardCharsets.UTF_8));
			this.flushNeeded = true;
		}
		else if (this.flushNeeded) {
			this.flushNeeded = false;
			this.out.flush();
		}
		else {
			end(this.disconnectReason);
		}
	}

	private void disconnect(String reason) {
		this.disconnectReason = reason;
		this.disconnectRequestedAt = System.nanoTime();
	}

	/** Ends the stream; the hub forgets the subscriber. Safe to call more than once, from any thread. */
	void end(String why) {
		if (this.ended.compareAndSet(false, true)) {
			log.debug("Stream of {} ended: {}", this.member, why);
			this.queue.clear();
			this.whenEnded.accept(this);
			complete();
		}
	}

	private void complete() {
		try {
			this.async.complete();
		}
		catch (IllegalStateException notNow) {
			// Completed already; or, after an I/O error, Tomcat lets only its own thread complete the request
			// (in onError, which follows).
			log.debug("Stream of {} not completed here: {}", this.member, notNow.getMessage());
		}
	}

	@Override
	public void onWritePossible() {
		this.writable = true;
		write();
	}

	/** From the container, after a write failed: see {@link #onError(AsyncEvent)}. */
	@Override
	public void onError(Throwable error) {
		endedByContainer("writing failed: " + error, true);
	}

	@Override
	public void onComplete(AsyncEvent event) {
		endedByContainer("the container completed the request", false);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		endedByContainer("the request timed out", true);
	}

	/**
	 * From the container, after an I/O error: the Servlet specification asks the listener to complete the
	 * request here (or the container dispatches to an error page, which cannot write to a stream), and Tomcat
	 * refuses complete() from any other thread once an error occurred, so end() may not have managed to.
	 */
	@Override
	public void onError(AsyncEvent event) {
		endedByContainer("the request failed: " + event.getThrowable(), true);
	}

	/**
	 * The container is ending the request, and recycles its objects for another connection once this
	 * returns: a write under way on another thread is let finish first, and none starts after. (A write that
	 * raced the recycling reached the next connection to reuse those objects, whose first flush then failed
	 * with the old connection's Broken pipe.) The wait is bounded, as a thread of the container waits.
	 */
	private void endedByContainer(String why, boolean complete) {
		boolean locked = lockWithin(CONTAINER_WAIT);
		try {
			end(why);
			if (complete) {
				complete();
			}
		}
		finally {
			if (locked) {
				this.writing.unlock();
			}
		}
	}

	private boolean lockWithin(Duration wait) {
		try {
			return this.writing.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// Started once, by the hub.
	}

}
