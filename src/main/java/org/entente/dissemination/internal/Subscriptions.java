package org.entente.dissemination.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.dissemination.internal.SubscriptionRepository.Notification;
import org.entente.dissemination.internal.SubscriptionRepository.Subscription;
import org.entente.geo.BoundingBox;
import org.entente.geo.GeoPolygon;
import org.entente.geo.ShapeException;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.members.Role;
import org.entente.platform.ForbiddenException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Validation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Standing filters of users and members, and the notifications they raise. */
@Service
class Subscriptions {

	private final SubscriptionRepository repository;

	private final Ledger ledger;

	Subscriptions(SubscriptionRepository repository, Ledger ledger) {
		this.repository = repository;
		this.ledger = ledger;
	}

	/** A user's own subscription, or (for the member's admins) one of the whole member. */
	@Transactional
	Subscription subscribe(Caller caller, String name, String scope, SubscriptionFilter filter) {
		boolean memberWide = "member".equals(scope);
		if (memberWide && !caller.has(Role.ADMIN)) {
			throw new ForbiddenException("only the member's admins subscribe for the whole member");
		}
		validate(name, scope, filter);
		Subscription subscription = new Subscription(UUID.randomUUID(), caller.member(),
				memberWide ? null : caller.username(), name, filter, Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.repository.insert(subscription);
		this.ledger.append(new LedgerRecord(caller.actor(), "subscription.created", Subject.member(caller.member()),
				Map.of("subscription", subscription.id().toString(), "member", caller.member(), "scope",
						memberWide ? "member" : "user")));
		return subscription;
	}

	List<Subscription> subscriptions(Caller caller) {
		return this.repository.visibleTo(caller.member(), caller.username());
	}

	@Transactional
	void unsubscribe(Caller caller, UUID id) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (!this.repository.remove(id, caller.member(), caller.username(), caller.has(Role.ADMIN), now)) {
			throw new NotFoundException("subscription " + id);
		}
		this.ledger.append(new LedgerRecord(caller.actor(), "subscription.removed", Subject.member(caller.member()),
				Map.of("subscription", id.toString(), "member", caller.member())));
	}

	List<Notification> notifications(Caller caller, boolean unreadOnly, int limit) {
		return this.repository.notifications(caller.member(), caller.username(), unreadOnly, limit);
	}

	@Transactional
	void markRead(Caller caller, UUID id) {
		if (!this.repository.markRead(id, caller.member(), caller.username(), Instant.now())) {
			throw new NotFoundException("notification " + id);
		}
	}

	private static void validate(String name, String scope, SubscriptionFilter filter) {
		Validation validation = new Validation();
		validation.requiredText("name", name, 200);
		if (scope != null && !List.of("user", "member").contains(scope)) {
			validation.reject("scope", "enum", "must be user or member");
		}
		shape(validation, "bbox", () -> BoundingBox.of(filter.bbox()), filter.bbox() != null);
		shape(validation, "polygon", () -> GeoPolygon.of(filter.polygon()), filter.polygon() != null);
		if (filter.minimumReliability() != null && !filter.minimumReliability().matches("^[A-F]$")) {
			validation.reject("minimumReliability", "enum", "must be one of A to F");
		}
		if (filter.minimumCredibility() != null && (filter.minimumCredibility() < 1 || filter.minimumCredibility() > 6)) {
			validation.reject("minimumCredibility", "range", "must be 1 to 6");
		}
		if (filter.keywords() != null && filter.keywords().stream().anyMatch((keyword) -> keyword == null || keyword.isBlank())) {
			validation.reject("keywords", "blank", "must not contain blank keywords");
		}
		validation.throwIfFailed();
	}

	private static void shape(Validation validation, String field, Runnable check, boolean present) {
		if (!present) {
			return;
		}
		try {
			check.run();
		}
		catch (ShapeException exception) {
			validation.reject(field, "shape", exception.getMessage());
		}
	}

}
