package org.entente.dissemination.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.entente.dissemination.internal.SubscriptionRepository.Notification;
import org.entente.dissemination.internal.SubscriptionRepository.Subscription;
import org.entente.ledger.Actor;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.PublishedLedger;
import org.entente.ledger.Subject;
import org.entente.reports.ReportSnapshot;
import org.entente.reports.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches each new delivery against the recipient member's subscriptions. It follows the ledger from one
 * position, locked while it works (FOR UPDATE SKIP LOCKED), so one node matches each delivery; every
 * notification is a ledger entry, and so travels on the member's stream and webhooks like any event.
 */
@Component
class NotificationProcessor {

	private static final Logger log = LoggerFactory.getLogger(NotificationProcessor.class);

	private static final int PAGE = 500;

	private final SubscriptionRepository repository;

	private final PublishedLedger publishedLedger;

	private final Ledger ledger;

	private final Reports reports;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	NotificationProcessor(SubscriptionRepository repository, PublishedLedger publishedLedger, Ledger ledger,
			Reports reports, JsonMapper json, TransactionTemplate transactions) {
		this.repository = repository;
		this.publishedLedger = publishedLedger;
		this.ledger = ledger;
		this.reports = reports;
		this.json = json;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${entente.subscriptions.poll-interval:500ms}")
	void run() {
		try {
			this.transactions.executeWithoutResult((status) -> this.repository.lockCursor().ifPresent(this::process));
		}
		catch (RuntimeException exception) {
			log.warn("Subscription matching failed, trying again: {}", exception.getMessage());
		}
	}

	private void process(long position) {
		List<LedgerEntry> entries = this.publishedLedger.entries(position, PAGE);
		if (entries.isEmpty()) {
			return;
		}
		Map<String, List<Subscription>> byMember = this.repository.active()
			.stream()
			.collect(Collectors.groupingBy(Subscription::member));
		Map<UUID, SubscriptionFilter.Matcher> matchers = byMember.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toMap(Subscription::id, (subscription) -> subscription.filter().matcher()));
		for (LedgerEntry entry : entries) {
			if (entry.type().equals("report.submitted") || entry.type().equals("report.released")) {
				match(entry, byMember, matchers);
			}
		}
		this.repository.advanceCursor(entries.get(entries.size() - 1).seq());
	}

	private void match(LedgerEntry entry, Map<String, List<Subscription>> byMember,
			Map<UUID, SubscriptionFilter.Matcher> matchers) {
		UUID report = UUID.fromString(entry.subject().id());
		for (String member : recipients(entry, byMember.keySet())) {
			Optional<ReportSnapshot> snapshot = this.reports.snapshot(member, report);
			if (snapshot.isEmpty() || snapshot.get().originator().equals(member)) {
				continue;
			}
			for (Subscription subscription : byMember.get(member)) {
				if (matchers.get(subscription.id()).matches(snapshot.get())) {
					raise(subscription, report, entry.seq());
				}
			}
		}
	}

	/** The members with subscriptions that this entry delivers to: named, or all of them for a release to ALL. */
	private Set<String> recipients(LedgerEntry entry, Set<String> subscribed) {
		Set<String> recipients = new HashSet<>();
		for (JsonNode release : this.json.readTree(entry.event()).path("releasableTo")) {
			String member = release.path("member").asString();
			if (member.equals("ALL")) {
				recipients.addAll(subscribed);
			}
			else if (subscribed.contains(member)) {
				recipients.add(member);
			}
		}
		return recipients;
	}

	private void raise(Subscription subscription, UUID report, long seq) {
		Notification notification = new Notification(UUID.randomUUID(), subscription.id(), subscription.member(),
				subscription.username(), report, seq, Instant.now().truncatedTo(ChronoUnit.MICROS), null);
		this.repository.insertNotification(notification);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("notification", notification.id().toString());
		event.put("subscription", subscription.id().toString());
		event.put("member", subscription.member());
		event.put("username", subscription.username());
		event.put("report", report.toString());
		// The subject is the member, so only it (and the centre's auditors) may read whom its filters follow.
		this.ledger.append(new LedgerRecord(Actor.system(), "notification.raised", Subject.member(subscription.member()),
				event));
	}

}
