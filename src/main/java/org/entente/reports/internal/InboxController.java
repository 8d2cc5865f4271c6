package org.entente.reports.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.ForbiddenException;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Page;
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

	private final Deliveries deliveries;

	InboxController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/api/v1/inbox")
	Page<InboxItem> inbox(Caller caller, @RequestParam(defaultValue = "false") boolean unacknowledged,
			@RequestParam(required = false) Instant since, @RequestParam(required = false) String category,
			@RequestParam(required = false) String originator, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		InboxFilter filter = new InboxFilter(unacknowledged, since, category, originator,
				(cursor != null) ? Cursor.decode(cursor) : null);
		return this.deliveries.inbox(caller, filter, Page.limit(limit));
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
	FlowFigures figures(Caller caller, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		if (!Caller.CENTRE.equals(caller.member())) {
			throw new ForbiddenException("the flow's figures are for the centre's officers");
		}
		Instant end = (to != null) ? to : Instant.now().plus(1, ChronoUnit.SECONDS);
		Instant start = (from != null) ? from : end.minus(30, ChronoUnit.DAYS);
		if (!start.isBefore(end)) {
			throw new InvalidRequestException(List.of(new org.entente.platform.FieldProblem("from", "order",
					"must be before to")));
		}
		return this.deliveries.figures(start, end);
	}

}
