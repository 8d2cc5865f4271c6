package org.entente.dissemination.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.PublishedLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's stream clients and the ledger position dispatched to them. Every node reads the ledger itself
 * (woken by NOTIFY), so a report submitted on one node reaches clients attached to any other; nothing that
 * matters lives only in memory, as a client resumes from the ledger.
 * <p>
 * Per batch of new entries: one ledger read, one need-to-know query for every member with a live client, each
 * event encoded once per member; then every client's queue gets its member's events, and a few writer threads
 * hand them to the sockets without blocking. A client connecting with an older {@code Last-Event-ID} catches
 * up from the ledger page by page, each page once the last went out, then joins the live dispatch.
 */
@Component
class StreamHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

	private static final int PAGE = 500;

	private static final byte[] CONNECTED = ":connected\n\n".getBytes(StandardCharsets.UTF_8);

	private final PublishedLedger ledger;

	private final StreamEvents events;

	private final StreamSettings settings;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final ExecutorService writers;

	private final ExecutorService catchUps;

	/** Entries up to and including this sequence number were dispatched to every live subscriber. */
	private long dispatched;

	private volatile boolean running;

	StreamHub(PublishedLedger ledger, StreamEvents events, StreamSettings settings) {
		this.ledger = ledger;
		this.events = events;
		this.settings = settings;
		this.dispatched = ledger.size() - 1;
		this.writers = Executors.newFixedThreadPool(settings.writers(), daemons("stream-writer-"));
		this.catchUps = Executors.newFixedThreadPool(settings.writers(), daemons("stream-catch-up-"));
	}

	/**
	 * Connects a client: live from now, or first catching up from the ledger after {@code lastEventId}. The
	 * first comment is written and flushed here, on the request's own thread, so the response is committed
	 * (and Spring Security's headers written) before any other thread touches it; the container's first call
	 * of {@link Subscriber#onWritePossible()} comes only once this thread has left the request.
	 */
	void connect(String member, Long lastEventId, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		long position = (lastEventId != null) ? lastEventId : livePosition();
		response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
		AsyncContext async = request.startAsync();
		async.setTimeout(0);
		try {
			ServletOutputStream committing = response.getOutputStream();
			committing.write(CONNECTED);
			committing.flush();
			ServletOutputStream out = async.getResponse().getOutputStream();
			Subscriber subscriber = new Subscriber(member, async, out, position, this.settings.queueCapacity(),
					this::forget);
			async.addListener(subscriber);
			out.setWriteListener(subscriber);
			join(subscriber);
		}
		catch (IOException | RuntimeException exception) {
			// Not left open: a started request that nobody completes would hold up the graceful shutdown.
			log.warn("Stream of {} could not start, ending it (the client reconnects)", member, exception);
			async.complete();
			throw exception;
		}
		log.debug("Stream of {} connected from {}", member, position);
	}

	/**
	 * Live at once if nothing was dispatched after its position, otherwise catching up first. Under the hub's
	 * lock, as {@link #forget} is, so that a client that ended meanwhile is never added back.
	 */
	private void join(Subscriber subscriber) {
		boolean catchingUp;
		synchronized (this) {
			if (subscriber.ended()) {
				return;
			}
			catchingUp = subscriber.position() < this.dispatched;
			if (!catchingUp) {
				subscriber.goLive();
			}
			this.subscribers.add(subscriber);
			// The listener may be waiting without LISTEN while no client was connected.
			notifyAll();
		}
		if (catchingUp) {
			this.catchUps.execute(() -> catchUp(subscriber));
		}
	}

	private synchronized void forget(Subscriber subscriber) {
		this.subscribers.remove(subscriber);
	}

	int connected() {
		return this.subscribers.size();
	}

	/** Reads what the ledger gained since the last dispatch and hands each live subscriber its events. */
	void dispatch() {
		if (advancedWithNoClient()) {
			return;
		}
		List<LedgerEntry> entries;
		do {
			entries = this.ledger.entries(currentPosition(), PAGE);
			if (entries.isEmpty()) {
				return;
			}
			Set<String> members = liveMembers();
			Map<String, List<Encoded>> byMember = encoded(this.events.eventsFor(members, entries));
			write(handOut(members, byMember, entries.get(entries.size() - 1).seq()));
		}
		while (entries.size() == PAGE);
	}

	/**
	 * With no client connected, nobody needs the new entries read: the position just moves to the ledger's last
	 * committed entry, under the hub's lock, so that a client joining meanwhile is served by reading as usual. A
	 * committed size means every entry below it is committed, since entries and the size are written in one
	 * transaction. Answers whether it moved.
	 */
	private boolean advancedWithNoClient() {
		if (!this.subscribers.isEmpty()) {
			return false;
		}
		long last = this.ledger.size() - 1;
		synchronized (this) {
			if (!this.subscribers.isEmpty()) {
				return false;
			}
			this.dispatched = Math.max(this.dispatched, last);
			return true;
		}
	}

	/**
	 * Queues each live subscriber's events, under the hub's lock so that no subscriber turns live halfway;
	 * answers those that got any. One that turned live after {@code members} was taken was not served by this
	 * batch's query, so it catches up from the ledger instead.
	 */
	private synchronized List<Subscriber> handOut(Set<String> members, Map<String, List<Encoded>> byMember, long last) {
		List<Subscriber> served = new ArrayList<>();
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.live()) {
				continue;
			}
			if (!members.contains(subscriber.member())) {
				subscriber.fallBehind();
				this.catchUps.execute(() -> catchUp(subscriber));
				continue;
			}
			boolean queued = false;
			for (Encoded event : byMember.getOrDefault(subscriber.member(), List.of())) {
				queued |= subscriber.enqueue(event.id(), event.bytes());
			}
			subscriber.advanceTo(last);
			if (queued) {
				served.add(subscriber);
			}
		}
		this.dispatched = last;
		return served;
	}

	/**
	 * One page of the member's events after the subscriber's position; then either live, under the hub's lock,
	 * if that reached what the hub has dispatched, or the next page once this one went out.
	 */
	private void catchUp(Subscriber subscriber) {
		if (subscriber.ended()) {
			return;
		}
		try {
			List<LedgerEntry> entries = this.ledger.entries(subscriber.position(), Math.min(PAGE, this.settings.queueCapacity()));
			List<Encoded> page = encoded(this.events.eventsFor(subscriber.member(), entries));
			boolean live;
			synchronized (this) {
				page.forEach((event) -> subscriber.enqueue(event.id(), event.bytes()));
				if (!entries.isEmpty()) {
					subscriber.advanceTo(entries.get(entries.size() - 1).seq());
				}
				live = subscriber.position() >= this.dispatched;
				if (live) {
					subscriber.goLive();
				}
			}
			if (live) {
				subscriber.write();
			}
			else {
				subscriber.whenDrained(() -> this.catchUps.execute(() -> catchUp(subscriber)));
			}
		}
		catch (RuntimeException exception) {
			log.warn("Stream of {} could not catch up, ending it (the client resumes): {}", subscriber.member(),
					exception.getMessage());
			subscriber.end("catching up failed: " + exception.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${entente.stream.heartbeat:15s}")
	void heartbeat() {
		long grace = this.settings.heartbeat().toNanos();
		inSlices(List.copyOf(this.subscribers), (subscriber) -> subscriber.heartbeat(grace));
	}

	private void write(List<Subscriber> subscribers) {
		inSlices(subscribers, Subscriber::write);
	}

	/**
	 * Spreads the work over the writer threads, a slice of subscribers each; the calling thread takes the first
	 * slice itself, as handing it over would only add a thread's wake-up to those clients' latency.
	 */
	private void inSlices(List<Subscriber> subscribers, Consumer<Subscriber> work) {
		int slices = Math.min(this.settings.writers(), subscribers.size());
		for (int slice = 1; slice < slices; slice++) {
			List<Subscriber> part = slice(subscribers, slice, slices);
			this.writers.execute(() -> part.forEach(work));
		}
		if (slices > 0) {
			slice(subscribers, 0, slices).forEach(work);
		}
	}

	private static List<Subscriber> slice(List<Subscriber> subscribers, int slice, int slices) {
		return subscribers.subList(slice * subscribers.size() / slices, (slice + 1) * subscribers.size() / slices);
	}

	private Set<String> liveMembers() {
		Set<String> members = new HashSet<>();
		for (Subscriber subscriber : this.subscribers) {
			if (subscriber.live()) {
				members.add(subscriber.member());
			}
		}
		return members;
	}

	/** Each event encoded once, for all the member's clients. */
	private static Map<String, List<Encoded>> encoded(Map<String, List<StreamEvent>> byMember) {
		Map<String, List<Encoded>> encoded = new HashMap<>();
		byMember.forEach((member, events) -> encoded.put(member, encoded(events)));
		return encoded;
	}

	private static List<Encoded> encoded(List<StreamEvent> events) {
		return events.stream().map((event) -> new Encoded(event.id(), event.encoded())).toList();
	}

	/**
	 * Where a client without a Last-Event-ID starts: after the last entry dispatched, or, with no client
	 * connected (the position then moves only every poll interval), after the ledger's last committed entry.
	 */
	private long livePosition() {
		advancedWithNoClient();
		return currentPosition();
	}

	/** Waits until a client connects, at most {@code timeout}; at once if one is connected. */
	synchronized void awaitClient(Duration timeout) throws InterruptedException {
		if (this.subscribers.isEmpty()) {
			wait(Math.max(1, timeout.toMillis()));
		}
	}

	private synchronized long currentPosition() {
		return this.dispatched;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown, which would otherwise wait for these
	 * never-ending requests; clients reconnect (to another node) with their last event id.
	 */
	@Override
	public void stop() {
		this.running = false;
		List.copyOf(this.subscribers).forEach((subscriber) -> subscriber.end("the node is stopping"));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** An event as its clients receive it, and its ledger sequence number. */
	private record Encoded(long id, byte[] bytes) {
	}

}
