package org.entente.dissemination.internal;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected stream client. Events wait in a bounded queue that its own thread writes out, so a
 * slow client never holds up the others; one that falls too far behind is told why and disconnected, and
 * resumes later from its last event id.
 */
final class Subscriber {

	private static final StreamEvent HEARTBEAT = new StreamEvent(-1, "heartbeat", "");

	private final String member;

	private final SseEmitter emitter;

	private final BlockingQueue<StreamEvent> queue;

	private volatile long lastSent;

	private volatile boolean live;

	private volatile boolean closed;

	private volatile String disconnectReason;

	Subscriber(String member, SseEmitter emitter, long position, int capacity) {
		this.member = member;
		this.emitter = emitter;
		this.lastSent = position;
		this.queue = new LinkedBlockingQueue<>(capacity);
	}

	String member() {
		return this.member;
	}

	long lastSent() {
		return this.lastSent;
	}

	boolean live() {
		return this.live;
	}

	void goLive() {
		this.live = true;
	}

	boolean closed() {
		return this.closed;
	}

	/** Queues an event; a full queue disconnects the subscriber rather than growing without bound. */
	void offer(StreamEvent event) {
		if (!this.closed && !this.queue.offer(event)) {
			this.disconnectReason = "too slow: more than " + (this.queue.size()) + " events behind; resume with Last-Event-ID";
			this.closed = true;
		}
	}

	void heartbeat() {
		if (!this.closed) {
			this.queue.offer(HEARTBEAT);
		}
	}

	/** Sends directly, from the subscriber's own thread; events at or before the last sent are skipped. */
	void send(StreamEvent event) throws IOException {
		if (event == HEARTBEAT) {
			this.emitter.send(SseEmitter.event().comment("heartbeat"));
			return;
		}
		if (event.id() <= this.lastSent) {
			return;
		}
		this.emitter.send(SseEmitter.event().id(Long.toString(event.id())).name(event.name()).data(event.data()));
		this.lastSent = event.id();
	}

	/** Writes queued events until the client goes away or is disconnected. */
	void drain() throws IOException, InterruptedException {
		while (!this.closed) {
			StreamEvent event = this.queue.poll(1, TimeUnit.SECONDS);
			if (event != null) {
				send(event);
			}
		}
		if (this.disconnectReason != null) {
			this.emitter.send(SseEmitter.event().name("disconnect").data("{\"reason\":\"" + this.disconnectReason + "\"}"));
		}
	}

	void close() {
		this.closed = true;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

}
