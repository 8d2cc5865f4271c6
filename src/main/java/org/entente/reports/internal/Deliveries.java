package org.entente.reports.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.members.Members;
import org.entente.platform.Cursor;
import org.entente.platform.ForbiddenException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.Detail;
import org.entente.reports.ReportAcknowledged;
import org.entente.reports.internal.DeliveryRepository.Acknowledgement;
import org.entente.reports.internal.DeliveryRepository.FlowFigures;
import org.entente.reports.internal.DeliveryRepository.InboxFilter;
import org.entente.reports.internal.DeliveryRepository.InboxItem;
import org.entente.reports.internal.ReportRepository.LockedReport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's inbox, acknowledgements, the originator's view of who received and acknowledged, and the flow's
 * figures for the centre's officers.
 */
@Service
class Deliveries {

	private final DeliveryRepository repository;

	private final ReportRepository reports;

	private final Members members;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	Deliveries(DeliveryRepository repository, ReportRepository reports, Members members, Ledger ledger,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.reports = reports;
		this.members = members;
		this.ledger = ledger;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Page<InboxItem> inbox(Caller caller, InboxFilter filter, int limit) {
		List<InboxItem> items = this.repository.inbox(caller.member(), filter, limit + 1);
		if (items.size() <= limit) {
			return new Page<>(items, null);
		}
		InboxItem last = items.get(limit - 1);
		return new Page<>(items.subList(0, limit), new Cursor(last.updatedAt(), last.id()).encode());
	}

	/** Idempotent: acknowledging a version twice records it once, with one ledger entry. */
	@Transactional
	InboxItem acknowledge(Caller caller, UUID reportId) {
		LockedReport report = this.reports.lock(reportId, caller.member())
			.filter((locked) -> !locked.originator().equals(caller.member()))
			.orElseThrow(() -> new NotFoundException("delivery " + reportId));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (this.repository.acknowledge(reportId, caller.member(), report.version(), caller.username(), now)) {
			long sequence = this.ledger.append(new LedgerRecord(caller.actor(), "delivery.acknowledged",
					Subject.report(reportId), Map.of("report", reportId.toString(), "member", caller.member(),
							"version", report.version())));
			this.events.publishEvent(new ReportAcknowledged(reportId, caller.member(), report.version(), sequence));
		}
		return this.repository.item(caller.member(), reportId).orElseThrow();
	}

	/**
	 * Per recipient: delivered when, acknowledged by whom and when. A release to ALL is shown as the members it
	 * reached: every active member but the originator.
	 */
	@Transactional(readOnly = true)
	List<RecipientStatus> recipients(Caller caller, UUID reportId) {
		LockedReport report = this.reports.visible(reportId, caller.member())
			.orElseThrow(() -> new NotFoundException("report " + reportId));
		if (!report.originator().equals(caller.member())) {
			throw new ForbiddenException("only the originating member sees who received a report");
		}
		Map<String, ReleaseTime> releases = this.reports.releaseTimes(reportId);
		Map<String, Acknowledgement> acknowledgements = this.repository.acknowledgements(reportId);
		Set<String> recipients = new TreeSet<>(releases.keySet());
		recipients.remove(ReportValidator.ALL);
		if (releases.containsKey(ReportValidator.ALL)) {
			recipients.addAll(this.members.activeCodes());
			recipients.remove(caller.member());
		}
		List<RecipientStatus> statuses = new ArrayList<>();
		for (String member : recipients) {
			ReleaseTime release = fullest(releases.get(member), releases.get(ReportValidator.ALL));
			statuses.add(new RecipientStatus(member, release.detail().wireName(), release.releasedAt(),
					acknowledgements.get(member)));
		}
		return statuses;
	}

	@Transactional(readOnly = true)
	FlowFigures figures(Instant from, Instant to) {
		return this.repository.figures(from, to);
	}

	private static ReleaseTime fullest(ReleaseTime named, ReleaseTime all) {
		if (named == null) {
			return all;
		}
		if (all == null || named.detail() == Detail.FULL || all.detail() == Detail.SANITIZED) {
			return named;
		}
		return all;
	}

	record ReleaseTime(Detail detail, Instant releasedAt) {
	}

	record RecipientStatus(String member, String detail, Instant deliveredAt, Acknowledgement acknowledged) {
	}

}
