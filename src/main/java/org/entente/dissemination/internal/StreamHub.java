package org.entente.dissemination.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.entente.ledger.LedgerEntry;
import org.entente.ledger.PublishedLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's stream clients and the ledger position dispatched to them. Every node reads the ledger itself
 * (woken by NOTIFY), so a report submitted on one node reaches clients attached to any other; nothing that
 * matters lives only in memory, as a client resumes from the ledger.
 */
@Component
class StreamHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

	private static final int PAGE = 500;

	private final PublishedLedger ledger;

	private final StreamEvents events;

	private final StreamSettings settings;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	/** Entries up to and including this sequence number were dispatched to every live subscriber. */
	private long dispatched;

	StreamHub(PublishedLedger ledger, StreamEvents events, StreamSettings settings) {
		this.ledger = ledger;
		this.events = events;
		this.settings = settings;
		this.dispatched = ledger.size() - 1;
	}

	/**
	 * Connects a client: it first catches up from the ledger after {@code lastEventId} (or from now), on its own
	 * thread, then joins the live dispatch exactly where the catch-up ended.
	 */
	SseEmitter connect(String member, Long lastEventId) {
		SseEmitter emitter = new SseEmitter(0L);
		long position = (lastEventId != null) ? lastEventId : currentPosition();
		Subscriber subscriber = new Subscriber(member, emitter, position, this.settings.queueCapacity());
		emitter.onCompletion(subscriber::close);
		emitter.onTimeout(subscriber::close);
		emitter.onError((error) -> subscriber.close());
		this.subscribers.add(subscriber);
		connected(emitter);
		// Java 17 has no virtual threads: a daemon thread with a small stack per client keeps 1,000 clients cheap.
		Thread writer = new Thread(null, () -> run(subscriber), "stream-" + member, 256 * 1024);
		writer.setDaemon(true);
		writer.start();
		return emitter;
	}

	private volatile boolean running;

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
		for (Subscriber subscriber : this.subscribers) {
			subscriber.close();
			subscriber.emitter().complete();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * A first comment commits the response, so the client's connection opens now, not at the heartbeat. It is
	 * sent here, before the handler returns: the emitter holds it until Spring initialises the response, then
	 * writes it on the request's own thread, so the response is committed (and Spring Security's headers added)
	 * before the writer thread touches it. Sent from the writer thread, it raced the request thread still
	 * leaving the filter chain (HeaderWriterFilter) over the response headers: Tomcat's NullPointerException in
	 * MimeHeaders, and a broken stream, a few times in a thousand connections.
	 */
	private static void connected(SseEmitter emitter) {
		try {
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	int connected() {
		return this.subscribers.size();
	}

	/** Reads what the ledger gained since the last dispatch and hands each live subscriber its events. */
	void dispatch() {
		long size = this.ledger.size();
		while (currentPosition() < size - 1) {
			List<LedgerEntry> entries = this.ledger.entries(currentPosition(), PAGE);
			if (entries.isEmpty()) {
				return;
			}
			Map<String, List<StreamEvent>> byMember = eventsByMember(entries);
			synchronized (this) {
				for (Subscriber subscriber : this.subscribers) {
					if (subscriber.live()) {
						byMember.getOrDefault(subscriber.member(), List.of()).forEach(subscriber::offer);
					}
				}
				this.dispatched = entries.get(entries.size() - 1).seq();
			}
		}
	}

	@Scheduled(fixedDelayString = "${entente.stream.heartbeat:15s}")
	void heartbeat() {
		this.subscribers.forEach(Subscriber::heartbeat);
	}

	/** The events of every member with a client here, from one need-to-know query for them all. */
	private Map<String, List<StreamEvent>> eventsByMember(List<LedgerEntry> entries) {
		Set<String> members = this.subscribers.stream().map(Subscriber::member).collect(Collectors.toSet());
		return this.events.eventsFor(members, entries);
	}

	private void run(Subscriber subscriber) {
		try {
			catchUp(subscriber);
			subscriber.drain();
			subscriber.emitter().complete();
		}
		catch (IOException | RuntimeException exception) {
			log.debug("Stream of {} ended: {}", subscriber.member(), exception.getMessage());
			subscriber.emitter().completeWithError(exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
		}
		finally {
			subscriber.close();
			this.subscribers.remove(subscriber);
		}
	}

	/**
	 * Sends the member's events after the subscriber's position, page by page, until it reaches what the hub has
	 * dispatched; then, under the hub's lock, it turns live, so nothing falls between the two.
	 */
	private void catchUp(Subscriber subscriber) throws IOException {
		long position = subscriber.lastSent();
		while (!subscriber.closed()) {
			List<LedgerEntry> entries = this.ledger.entries(position, PAGE);
			for (StreamEvent event : this.events.eventsFor(subscriber.member(), entries)) {
				subscriber.send(event);
			}
			if (!entries.isEmpty()) {
				position = entries.get(entries.size() - 1).seq();
			}
			synchronized (this) {
				if (position >= this.dispatched) {
					subscriber.goLive();
					return;
				}
			}
		}
	}

	private synchronized long currentPosition() {
		return this.dispatched;
	}

}
