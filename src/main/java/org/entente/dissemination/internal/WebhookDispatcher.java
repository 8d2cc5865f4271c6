package org.entente.dissemination.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.dissemination.internal.WebhookRepository.Attempt;
import org.entente.dissemination.internal.WebhookRepository.Endpoint;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.PublishedLedger;
import org.entente.platform.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the ledger to webhook endpoints, on every node at once without sending anything twice:
 * enqueueing takes each endpoint's row lock (skipping those another node holds), and each attempt is claimed
 * with a lease. Attempts run on a small pool, so one slow receiver never holds up another member's; a sender
 * that delivered goes on with the same endpoint's next due event, so a backlog drains at the receiver's pace.
 */
@Component
class WebhookDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int PAGE = 500;

	private static final int SENDERS = 8;

	/** How long a sender stays with one endpoint's backlog before it lets another endpoint have a turn. */
	private static final Duration TURN = Duration.ofSeconds(1);

	private final WebhookRepository repository;

	private final PublishedLedger ledger;

	private final StreamEvents events;

	private final WebhookTargets targets;

	private final WebhookSender sender;

	private final WebhookSettings settings;

	private final TransactionTemplate transactions;

	private final ExecutorService pool = Executors.newFixedThreadPool(SENDERS, (task) -> {
		Thread thread = new Thread(task, "webhook-sender");
		thread.setDaemon(true);
		return thread;
	});

	private final Semaphore idleSenders = new Semaphore(SENDERS);

	/** Endpoints this node is attempting right now; each gets one attempt at a time. */
	private final Set<UUID> busyEndpoints = ConcurrentHashMap.newKeySet();

	WebhookDispatcher(WebhookRepository repository, PublishedLedger ledger, StreamEvents events,
			WebhookTargets targets, WebhookSender sender, WebhookSettings settings, TransactionTemplate transactions) {
		this.repository = repository;
		this.ledger = ledger;
		this.events = events;
		this.targets = targets;
		this.sender = sender;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${entente.webhooks.poll-interval:500ms}")
	void run() {
		try {
			enqueue();
			sendDue();
		}
		catch (RuntimeException exception) {
			log.warn("Webhook dispatch failed, trying again: {}", exception.getMessage());
		}
	}

	/** Turns new ledger entries into outbox rows for each endpoint this node could lock. */
	void enqueue() {
		long last = this.ledger.size() - 1;
		this.transactions.executeWithoutResult((status) -> {
			for (Endpoint endpoint : this.repository.lockBehind(last)) {
				long position = endpoint.position();
				while (position < last) {
					List<LedgerEntry> entries = this.ledger.entries(position, PAGE);
					if (entries.isEmpty()) {
						break;
					}
					Instant now = Instant.now();
					List<StreamEvent> events = this.events.eventsFor(endpoint.member(), entries);
					if (!events.isEmpty()) {
						this.repository.enqueue(endpoint.id(), events, (event) -> payload(event, now), now);
					}
					position = entries.get(entries.size() - 1).seq();
				}
				this.repository.advance(endpoint.id(), position);
			}
		});
	}

	/**
	 * Hands due attempts to idle senders, one per endpoint. Synchronized because a sender that finishes calls it
	 * too, so that its permit goes to the next endpoint at once rather than at the next poll.
	 */
	private synchronized void sendDue() {
		int free = this.idleSenders.availablePermits();
		if (free == 0) {
			return;
		}
		Instant now = Instant.now();
		List<Attempt> attempts = this.transactions
			.execute((status) -> this.repository.claimDue(now, now.plus(this.settings.lease()), free,
					Set.copyOf(this.busyEndpoints)));
		for (Attempt attempt : attempts) {
			this.idleSenders.acquireUninterruptibly();
			this.busyEndpoints.add(attempt.webhook());
			this.pool.execute(() -> {
				try {
					sendInTurn(attempt);
				}
				finally {
					this.busyEndpoints.remove(attempt.webhook());
					this.idleSenders.release();
				}
				sendDueAfterwards();
			});
		}
	}

	/**
	 * Sends the attempt, then the endpoint's next due ones, one at a time and in order, while the receiver
	 * takes them and for at most {@link #TURN}: so a backlog drains at the receiver's pace, and with more busy
	 * endpoints than senders each gets its turn.
	 */
	private void sendInTurn(Attempt first) {
		long end = System.nanoTime() + TURN.toNanos();
		Optional<Attempt> next = Optional.of(first);
		while (next.isPresent()) {
			boolean delivered = attempt(next.get());
			boolean more = delivered && System.nanoTime() < end && !Thread.currentThread().isInterrupted();
			next = more ? claimNext(first.webhook()) : Optional.empty();
		}
	}

	private Optional<Attempt> claimNext(UUID webhook) {
		Instant now = Instant.now();
		return this.repository.claimNext(webhook, now, now.plus(this.settings.lease()));
	}

	private void sendDueAfterwards() {
		if (this.pool.isShutdown()) {
			return;
		}
		try {
			sendDue();
		}
		catch (RuntimeException exception) {
			log.warn("Webhook dispatch failed, trying again at the next poll: {}", exception.getMessage());
		}
	}

	/** One POST; answers whether the receiver took it. */
	private boolean attempt(Attempt attempt) {
		Integer status = null;
		String error;
		try {
			URI url = this.targets.check(attempt.url());
			status = this.sender.send(url, attempt.id().toString(), attempt.secret(), attempt.payload());
			if (status >= 200 && status < 300) {
				this.repository.delivered(attempt.id(), status);
				return true;
			}
			error = "answered " + status;
		}
		catch (InvalidRequestException exception) {
			error = "target refused: " + exception.getMessage();
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		catch (Exception exception) {
			error = exception.getClass().getSimpleName() + ": " + exception.getMessage();
		}
		retryLater(attempt, status, error);
		return false;
	}

	/** Exponential backoff with full jitter, until the retry period ends; then a dead letter. */
	private void retryLater(Attempt attempt, Integer status, String error) {
		Duration base = this.settings.retryBase().multipliedBy(1L << Math.min(attempt.attempts() - 1, 20));
		Duration ceiling = base.compareTo(this.settings.retryCeiling()) > 0 ? this.settings.retryCeiling() : base;
		long jittered = (long) (ceiling.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble() / 2));
		Instant next = Instant.now().plusMillis(jittered);
		boolean dead = next.isAfter(attempt.createdAt().plus(this.settings.retryFor()));
		this.repository.failed(attempt.id(), status, truncate(error), next, dead);
	}

	private static String payload(StreamEvent event, Instant now) {
		return "{\"type\":\"" + event.name() + "\",\"timestamp\":\"" + now + "\",\"data\":" + event.data() + "}";
	}

	private static String truncate(String error) {
		return (error != null && error.length() > 500) ? error.substring(0, 500) : error;
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
