package org.entente.dissemination.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.ledger.LedgerEntry;
import org.entente.reports.Reports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns ledger entries into the events one member may receive. Deliveries go to the recipients the entry
 * itself names (so widening a release tells only the new recipients); updates and withdrawals to every member
 * that may see the report now, except its originator; acknowledgements to the originator alone. Visibility
 * comes from the reports module's need-to-know query, never from the event alone.
 */
@Component
class StreamEvents {

	private static final Set<String> TYPES = Set.of("report.submitted", "report.released", "report.amended",
			"report.withdrawn", "delivery.acknowledged");

	private final Reports reports;

	private final JsonMapper json;

	StreamEvents(Reports reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	/** The events among these entries for the member, in ledger order. */
	List<StreamEvent> eventsFor(String member, List<LedgerEntry> entries) {
		List<LedgerEntry> relevant = entries.stream()
			.filter((entry) -> (TYPES.contains(entry.type()) && "report".equals(entry.subject().type()))
					|| isNotificationOf(member, entry))
			.toList();
		if (relevant.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = new HashSet<>();
		relevant.stream()
			.filter((entry) -> "report".equals(entry.subject().type()))
			.forEach((entry) -> ids.add(UUID.fromString(entry.subject().id())));
		Set<UUID> visible = this.reports.visibleTo(member, ids);
		Map<UUID, String> originators = this.reports.originatorsOf(visible);
		List<StreamEvent> events = new ArrayList<>();
		for (LedgerEntry entry : relevant) {
			if (isNotificationOf(member, entry)) {
				events.add(notification(entry));
				continue;
			}
			UUID report = UUID.fromString(entry.subject().id());
			if (visible.contains(report)) {
				StreamEvent event = event(member, entry, report, originators.get(report));
				if (event != null) {
					events.add(event);
				}
			}
		}
		return events;
	}

	private StreamEvent event(String member, LedgerEntry entry, UUID report, String originator) {
		JsonNode event = this.json.readTree(entry.event());
		boolean isOriginator = member.equals(originator);
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
			default -> null;
		};
	}

	/** Notifications are ledger entries about the member itself, raised by its subscriptions. */
	private static boolean isNotificationOf(String member, LedgerEntry entry) {
		return "notification.raised".equals(entry.type()) && "member".equals(entry.subject().type())
				&& member.equals(entry.subject().id());
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
