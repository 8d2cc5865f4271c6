package org.entente.reports.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.ForbiddenException;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Page;
import org.entente.platform.Validation;
import org.entente.reports.internal.DeliveryRepository.FlowFigures;
import org.entente.reports.internal.DeliveryRepository.InboxFilter;
import org.entente.reports.internal.DeliveryRepository.InboxItem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was delivered to my member, acknowledging it, and who received what I sent. */
@RestController
class InboxController {

	/** Longer than any member code or category. */
	private static final int LONGEST_VALUE = 1_000;

	private final Deliveries deliveries;

	InboxController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	/** Every parameter is checked before any is used, so that a caller learns of every bad one at once. */
	@GetMapping("/api/v1/inbox")
	Page<InboxItem> inbox(Caller caller, @RequestParam(defaultValue = "false") boolean unacknowledged,
			@Parameter(description = "Changed at or after (ISO 8601 instant)") @RequestParam(required = false) String since,
			@RequestParam(required = false) String category, @RequestParam(required = false) String originator,
			@RequestParam(required = false) String cursor,
			@Parameter(description = "1 to 1000, default 100") @RequestParam(required = false) Integer limit) {
		Validation validation = new Validation();
		Instant changedSince = validation.instant("since", since);
		validation.optionalValue("category", category, LONGEST_VALUE);
		validation.optionalValue("originator", originator, LONGEST_VALUE);
		Cursor after = Cursor.decode(validation, cursor);
		int pageSize = validation.limit(limit);
		validation.throwIfFailed();
		return this.deliveries.inbox(caller, new InboxFilter(unacknowledged, changedSince, category, originator, after),
				pageSize);
	}

	@PostMapping("/api/v1/inbox/{id}/ack")
	InboxItem acknowledge(Caller caller, @PathVariable UUID id) {
		return this.deliveries.acknowledge(caller, id);
	}

	@GetMapping("/api/v1/reports/{id}/deliveries")
	Page<Deliveries.RecipientStatus> recipients(Caller caller, @PathVariable UUID id) {
		return new Page<>(this.deliveries.recipients(caller, id), null);
	}

	/** Counts and times only, never contents: what the centre's officers watch. */
	@GetMapping("/api/v1/deliveries/figures")
	FlowFigures figures(Caller caller,
			@Parameter(description = "Start (ISO 8601 instant); 30 days before the end when not given") @RequestParam(required = false) String from,
			@Parameter(description = "End (ISO 8601 instant); now when not given") @RequestParam(required = false) String to) {
		if (!Caller.CENTRE.equals(caller.member())) {
			throw new ForbiddenException("the flow's figures are for the centre's officers");
		}
		Validation validation = new Validation();
		Instant asked = validation.instant("from", from);
		Instant end = Objects.requireNonNullElseGet(validation.instant("to", to),
				() -> Instant.now().plus(1, ChronoUnit.SECONDS));
		validation.throwIfFailed();
		Instant start = (asked != null) ? asked : end.minus(30, ChronoUnit.DAYS);
		if (!start.isBefore(end)) {
			throw new InvalidRequestException("from", "order", "must be before to");
		}
		return this.deliveries.figures(start, end);
	}

}
