package org.entente.dissemination.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.dissemination.internal.WebhookRepository.DeadLetter;
import org.entente.dissemination.internal.WebhookRepository.Webhook;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.PublishedLedger;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member admin's webhook endpoints: register (the secret shown once), list, remove, dead letters. */
@Service
class WebhookManagement {

	private final WebhookRepository repository;

	private final WebhookTargets targets;

	private final Ledger ledger;

	private final PublishedLedger publishedLedger;

	private final SecureRandom random = new SecureRandom();

	WebhookManagement(WebhookRepository repository, WebhookTargets targets, Ledger ledger,
			PublishedLedger publishedLedger) {
		this.repository = repository;
		this.targets = targets;
		this.ledger = ledger;
		this.publishedLedger = publishedLedger;
	}

	/** Registers an endpoint that receives the member's events from now on. */
	@Transactional
	RegisteredWebhook register(Caller caller, String url) {
		String checked = this.targets.check(url).toString();
		byte[] key = new byte[32];
		this.random.nextBytes(key);
		String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
		Webhook webhook = new Webhook(UUID.randomUUID(), caller.member(), checked, now());
		this.repository.insert(webhook, secret, caller.username(), this.publishedLedger.size() - 1);
		this.ledger.append(new LedgerRecord(caller.actor(), "webhook.registered", Subject.member(caller.member()),
				Map.of("webhook", webhook.id().toString(), "member", caller.member(), "url", checked)));
		return new RegisteredWebhook(webhook.id(), checked, secret, webhook.createdAt());
	}

	List<Webhook> webhooks(Caller caller) {
		return this.repository.webhooks(caller.member());
	}

	@Transactional
	void remove(Caller caller, UUID id) {
		Webhook webhook = owned(caller, id);
		this.repository.remove(webhook.id(), now());
		this.ledger.append(new LedgerRecord(caller.actor(), "webhook.removed", Subject.member(caller.member()),
				Map.of("webhook", id.toString(), "member", caller.member())));
	}

	List<DeadLetter> deadLetters(Caller caller, UUID id) {
		return this.repository.deadLetters(owned(caller, id).id());
	}

	@Transactional
	void redeliver(Caller caller, UUID id, UUID deliveryId) {
		Webhook webhook = owned(caller, id);
		if (!this.repository.redeliver(webhook.id(), deliveryId, now())) {
			throw new NotFoundException("dead letter " + deliveryId);
		}
		this.ledger.append(new LedgerRecord(caller.actor(), "webhook.redelivered", Subject.member(caller.member()),
				Map.of("webhook", id.toString(), "delivery", deliveryId.toString())));
	}

	private Webhook owned(Caller caller, UUID id) {
		return this.repository.webhook(caller.member(), id).orElseThrow(() -> new NotFoundException("webhook " + id));
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** A new endpoint, with its secret: shown in this answer only. */
	record RegisteredWebhook(UUID id, String url, String secret, Instant createdAt) {
	}

}
