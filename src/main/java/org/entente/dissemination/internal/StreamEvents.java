package org.entente.dissemination.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.ledger.LedgerEntry;
import org.entente.reports.ReportViewer;
import org.entente.reports.Reports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns ledger entries into the events each member may receive. Deliveries go to the recipients the entry
 * itself names (so widening a release tells only the new recipients); updates and withdrawals to every member
 * that may see the report now, except its originator; acknowledgements to the originator alone. Visibility
 * comes from the reports module's need-to-know query, never from the event alone: one query per batch of
 * entries for all the members asked about, so a node's cost per batch does not grow with its members.
 */
@Component
class StreamEvents {

	private static final Set<String> TYPES = Set.of("report.submitted", "report.released", "report.amended",
			"report.withdrawn", "delivery.acknowledged", "outcome.recorded");

	private final Reports reports;

	private final JsonMapper json;

	StreamEvents(Reports reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	/** The events among these entries for the member, in ledger order. */
	List<StreamEvent> eventsFor(String member, List<LedgerEntry> entries) {
		return eventsFor(Set.of(member), entries).getOrDefault(member, List.of());
	}

	/** The events among these entries for each of the members that has any, each member's in ledger order. */
	Map<String, List<StreamEvent>> eventsFor(Set<String> members, List<LedgerEntry> entries) {
		List<LedgerEntry> relevant = entries.stream()
			.filter((entry) -> isAboutAReport(entry) || isNotification(entry))
			.toList();
		if (relevant.isEmpty() || members.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Map<String, Boolean>> viewers = viewers(members, relevant);
		Map<String, List<StreamEvent>> byMember = new HashMap<>();
		for (LedgerEntry entry : relevant) {
			if (isNotification(entry)) {
				addNotification(members, entry, byMember);
			}
			else {
				addReportEvents(entry, viewers.getOrDefault(reportOf(entry), Map.of()), byMember);
			}
		}
		return byMember;
	}

	/** For each report the entries are about: the members that may see it, each with whether it originated it. */
	private Map<UUID, Map<String, Boolean>> viewers(Set<String> members, List<LedgerEntry> entries) {
		Set<UUID> ids = new HashSet<>();
		entries.stream().filter(StreamEvents::isAboutAReport).forEach((entry) -> ids.add(reportOf(entry)));
		Map<UUID, Map<String, Boolean>> viewers = new HashMap<>();
		for (ReportViewer viewer : this.reports.viewers(members, ids)) {
			viewers.computeIfAbsent(viewer.report(), (report) -> new HashMap<>()).put(viewer.member(), viewer.originator());
		}
		return viewers;
	}

	/** The entry's event for each member that may see its report, parsed once for all of them. */
	private void addReportEvents(LedgerEntry entry, Map<String, Boolean> viewers,
			Map<String, List<StreamEvent>> byMember) {
		if (viewers.isEmpty()) {
			return;
		}
		JsonNode event = this.json.readTree(entry.event());
		viewers.forEach((member, originator) -> {
			StreamEvent streamEvent = event(member, entry, reportOf(entry), event, originator);
			if (streamEvent != null) {
				byMember.computeIfAbsent(member, (key) -> new ArrayList<>()).add(streamEvent);
			}
		});
	}

	private void addNotification(Set<String> members, LedgerEntry entry, Map<String, List<StreamEvent>> byMember) {
		String member = entry.subject().id();
		if (members.contains(member)) {
			byMember.computeIfAbsent(member, (key) -> new ArrayList<>()).add(notification(entry));
		}
	}

	private static boolean isAboutAReport(LedgerEntry entry) {
		return TYPES.contains(entry.type()) && "report".equals(entry.subject().type());
	}

	private static UUID reportOf(LedgerEntry entry) {
		return UUID.fromString(entry.subject().id());
	}

	private StreamEvent event(String member, LedgerEntry entry, UUID report, JsonNode event, boolean isOriginator) {
		return switch (entry.type()) {
			case "report.submitted", "report.released" -> isOriginator ? null : delivery(member, entry, report, event);
			case "report.amended" -> isOriginator ? null
					: new StreamEvent(entry.seq(), "update", data(report, entry, Map.of("version", event.path("version").asInt())));
			case "report.withdrawn" -> isOriginator ? null
					: new StreamEvent(entry.seq(), "withdrawal", data(report, entry, Map.of("purge", true)));
			case "delivery.acknowledged" -> isOriginator ? new StreamEvent(entry.seq(), "acknowledgement",
					data(report, entry, Map.of("member", event.path("member").asString(), "version",
							event.path("version").asInt())))
					: null;
			case "outcome.recorded" -> member.equals(event.path("member").asString()) ? null
					: new StreamEvent(entry.seq(), "outcome", data(report, entry, Map.of("outcome",
							event.path("outcome").asString(), "member", event.path("member").asString(), "effect",
							event.path("effect").asString())));
			default -> null;
		};
	}

	/** Notifications are ledger entries about the member itself, raised by its subscriptions. */
	private static boolean isNotification(LedgerEntry entry) {
		return "notification.raised".equals(entry.type()) && "member".equals(entry.subject().type());
	}

	private StreamEvent notification(LedgerEntry entry) {
		JsonNode event = this.json.readTree(entry.event());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("notification", event.path("notification").asString());
		data.put("subscription", event.path("subscription").asString());
		data.put("username", event.path("username").isNull() ? null : event.path("username").asString());
		return new StreamEvent(entry.seq(), "notification", data(UUID.fromString(event.path("report").asString()), entry, data));
	}

	/** A delivery to the member when the entry names it, or ALL, as a recipient. */
	private StreamEvent delivery(String member, LedgerEntry entry, UUID report, JsonNode event) {
		String detail = null;
		for (JsonNode release : event.path("releasableTo")) {
			String recipient = release.path("member").asString();
			if (recipient.equals(member) || recipient.equals("ALL")) {
				String candidate = release.path("detail").asString();
				detail = ("full".equals(detail) || "full".equals(candidate)) ? "full" : candidate;
			}
		}
		if (detail == null) {
			return null;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("detail", detail);
		if (event.has("reference")) {
			fields.put("reference", event.path("reference").asString());
		}
		return new StreamEvent(entry.seq(), "delivery", data(report, entry, fields));
	}

	private String data(UUID report, LedgerEntry entry, Map<String, Object> fields) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("report", report.toString());
		data.put("seq", entry.seq());
		data.put("type", entry.type());
		data.put("time", entry.time().toString());
		data.putAll(fields);
		return this.json.writeValueAsString(data);
	}

}
