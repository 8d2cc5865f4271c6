package org.entente.reports.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.members.Members;
import org.entente.platform.ConflictException;
import org.entente.platform.ForbiddenException;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Validation;
import org.entente.reports.Detail;
import org.entente.reports.ReportAmended;
import org.entente.reports.ReportDraft;
import org.entente.reports.ReportReleaseWidened;
import org.entente.reports.ReportSubmitted;
import org.entente.reports.ReportWithdrawn;
import org.entente.reports.ReportSnapshot;
import org.entente.reports.ReportSummary;
import org.entente.reports.ReportViewer;
import org.entente.reports.Reports;
import org.entente.reports.SubmittedReport;
import org.entente.reports.internal.ReportRepository.LockedReport;
import org.entente.reports.internal.ReportRepository.Found;
import org.entente.reports.internal.ReportRepository.StoredReport;
import org.entente.reports.internal.ValidReport.Release;
import org.entente.reports.internal.ValidReport.ValidLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on reports. Each is one transaction that writes the report's rows and exactly one ledger entry
 * per report.
 */
@Service
class ReportManagement implements Reports {

	private final ReportRepository repository;

	private final ReportValidator validator;

	private final Members members;

	private final Ledger ledger;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final SiteCorrelation sites;

	ReportManagement(ReportRepository repository, ReportValidator validator, Members members, Ledger ledger,
			JsonMapper json, ApplicationEventPublisher events, SiteCorrelation sites) {
		this.repository = repository;
		this.validator = validator;
		this.members = members;
		this.ledger = ledger;
		this.json = json;
		this.events = events;
		this.sites = sites;
	}

	@Override
	@Transactional
	public List<SubmittedReport> submitAll(Caller caller, List<ReportDraft> drafts) {
		Set<String> active = this.members.activeCodes();
		List<ValidReport> reports = new ArrayList<>(drafts.size());
		for (ReportDraft draft : drafts) {
			reports.add(validOrThrow(caller, draft, active));
		}
		return store(caller, reports);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportSummary> recent(Caller caller, int limit) {
		SearchCriteria everything = SearchCriteria.latest(null, null, null, null);
		return this.repository.search(caller.member(), everything, limit)
			.stream()
			.map(Found::item)
			.map((report) -> new ReportSummary(report.id(), report.reference(), report.originator(), report.title(),
					report.handling(), report.detail(), report.submittedAt(), report.withdrawn(),
					report.locations().size()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> visibleTo(String member, Collection<UUID> reportIds) {
		return reportIds.isEmpty() ? Set.of() : this.repository.visibleTo(member, reportIds);
	}

	/**
	 * One statement, so no transaction: the stream asks this for every batch of ledger entries, and a
	 * transaction would add a round trip (its COMMIT) to every receipt's latency.
	 */
	@Override
	public List<ReportViewer> viewers(Collection<String> members, Collection<UUID> reportIds) {
		return (members.isEmpty() || reportIds.isEmpty()) ? List.of() : this.repository.viewers(members, reportIds);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReportSnapshot> snapshot(String member, UUID reportId) {
		return this.repository.find(reportId, member)
			.map((report) -> new ReportSnapshot(report.id(), report.originator(), report.title(), report.body(),
					report.category(), report.sourceReliability(), report.credibility(), report.locations()
						.stream()
						.map((location) -> new ReportSnapshot.Point(location.lat(), location.lon()))
						.toList()));
	}

	ValidReport validOrThrow(Caller caller, ReportDraft draft, Set<String> activeMembers) {
		Validation validation = new Validation();
		ValidReport report = this.validator.validate(draft, caller.member(), activeMembers, validation);
		validation.throwIfFailed();
		return report;
	}

	ReportValidator validator() {
		return this.validator;
	}

	Set<String> activeMembers() {
		return this.members.activeCodes();
	}

	/** Stores valid reports in the caller's transaction: references, rows, versions, then the ledger. */
	@Transactional
	List<SubmittedReport> store(Caller caller, List<ValidReport> reports) {
		if (reports.isEmpty()) {
			return List.of();
		}
		Instant now = now();
		int year = now.atZone(ZoneOffset.UTC).getYear();
		int first = this.repository.reserveReferences(caller.member(), year, reports.size());
		List<StoredReport> stored = new ArrayList<>(reports.size());
		for (int i = 0; i < reports.size(); i++) {
			String reference = "%s-%d-%05d".formatted(caller.member(), year, first + i);
			stored.add(new StoredReport(UUID.randomUUID(), reference, caller.member(), caller.username(), now,
					reports.get(i)));
		}
		List<UUID> ids = stored.stream().map(StoredReport::id).toList();
		this.repository.insertReports(stored);
		this.repository.insertReleases(ids, reports.stream().map(ValidReport::releases).toList(), now);
		List<List<ValidLocation>> locations = reports.stream().map(ValidReport::locations).toList();
		// Before the ledger append: the correlation lock is always taken before the ledger's (see SiteCorrelation).
		this.repository.insertLocations(ids, locations, this.sites.correlate(locations));
		List<Map<String, Object>> contents = reports.stream().map((report) -> ReportContent.of(report, caller.username())).toList();
		this.repository.insertVersions(ids, ids.stream().map((id) -> 1).toList(),
				contents.stream().map(this.json::writeValueAsString).toList(), caller.username(), now);
		List<LedgerRecord> records = new ArrayList<>(stored.size());
		for (int i = 0; i < stored.size(); i++) {
			records.add(submitted(caller, stored.get(i), contents.get(i)));
		}
		List<Long> sequences = this.ledger.appendAll(records);
		for (int i = 0; i < stored.size(); i++) {
			this.events.publishEvent(new ReportSubmitted(ids.get(i), caller.member(), sequences.get(i)));
		}
		return stored.stream().map((report) -> new SubmittedReport(report.id(), report.reference())).toList();
	}

	/**
	 * A new version from a JSON merge patch (RFC 7396) over the current one; locations, when given, replace the
	 * previous list.
	 */
	@Transactional
	void amend(Caller caller, UUID id, ObjectNode patch) {
		LockedReport locked = originatorsReport(caller, id);
		if (patch.has("releasableTo")) {
			throw new InvalidRequestException("releasableTo", "readOnly",
					"releases are widened with POST /api/v1/reports/{id}/release, never narrowed");
		}
		ObjectNode current = currentDraft(id, locked.version());
		ObjectNode merged = mergePatch(current, patch);
		merged.putNull("releasableTo");
		ReportDraft draft = this.json.treeToValue(merged, ReportDraft.class);
		ValidReport report = validOrThrow(caller, draft, Set.of());
		Instant now = now();
		int version = locked.version() + 1;
		Map<String, Object> content = ReportContent.of(report, caller.username());
		this.repository.updateContent(id, version, report, now);
		this.sites.forget(id);
		this.repository.replaceLocations(id, report.locations(), this.sites.correlate(List.of(report.locations())).get(0));
		this.repository.insertVersions(List.of(id), List.of(version), List.of(this.json.writeValueAsString(content)),
				caller.username(), now);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("report", id.toString());
		event.put("version", version);
		event.put("locations", report.locations().size());
		event.put("contentSha256", this.ledger.digest(content));
		long sequence = this.ledger.append(new LedgerRecord(caller.actor(), "report.amended", Subject.report(id), event));
		this.events.publishEvent(new ReportAmended(id, version, sequence));
	}

	@Transactional
	void withdraw(Caller caller, UUID id, String reason) {
		LockedReport locked = originatorsReport(caller, id);
		Validation validation = new Validation();
		validation.optionalText("reason", reason, 2000);
		validation.throwIfFailed();
		this.sites.forget(id);
		this.repository.withdraw(id, reason, now());
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("report", id.toString());
		event.put("version", locked.version());
		event.put("reason", reason);
		long sequence = this.ledger.append(new LedgerRecord(caller.actor(), "report.withdrawn", Subject.report(id), event));
		this.events.publishEvent(new ReportWithdrawn(id, sequence));
	}

	/** Adds recipients or raises their detail; lowering one is refused, since what was sent stays sent. */
	@Transactional
	void release(Caller caller, UUID id, List<JsonNode> releasableTo) {
		originatorsReport(caller, id);
		Validation validation = new Validation();
		if (releasableTo == null || releasableTo.isEmpty()) {
			validation.reject("releasableTo", "required", "must name at least one member or ALL");
		}
		List<Release> requested = this.validator.releases(validation, "releasableTo", releasableTo, caller.member(),
				this.members.activeCodes());
		validation.throwIfFailed();
		Map<String, Detail> existing = this.repository.releases(id);
		List<Release> widened = new ArrayList<>();
		for (Release release : requested) {
			Detail before = existing.get(release.member());
			if (before == Detail.FULL && release.detail() == Detail.SANITIZED) {
				throw new ConflictException("releasableTo", "the release to " + release.member()
						+ " is full already and cannot be narrowed; withdraw the report instead");
			}
			if (before != release.detail()) {
				widened.add(release);
			}
		}
		if (widened.isEmpty()) {
			return;
		}
		this.repository.insertReleases(List.of(id), List.of(widened), now());
		Map<String, Object> event = Map.of("report", id.toString(), "releasableTo", ReportContent.releases(widened));
		long sequence = this.ledger.append(new LedgerRecord(caller.actor(), "report.released", Subject.report(id), event));
		this.events.publishEvent(new ReportReleaseWidened(id, sequence));
	}

	private LedgerRecord submitted(Caller caller, StoredReport stored, Map<String, Object> content) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("report", stored.id().toString());
		event.put("reference", stored.reference());
		event.put("originator", stored.originator());
		event.put("version", 1);
		event.put("handling", stored.report().handling());
		event.put("releasableTo", ReportContent.releases(stored.report().releases()));
		event.put("locations", stored.report().locations().size());
		event.put("contentSha256", this.ledger.digest(content));
		return new LedgerRecord(caller.actor(), "report.submitted", Subject.report(stored.id()), event);
	}

	/** The locked report, when the caller's member originated it; a recipient is told no, a stranger nothing. */
	private LockedReport originatorsReport(Caller caller, UUID id) {
		LockedReport locked = this.repository.lock(id, caller.member())
			.orElseThrow(() -> new NotFoundException("report " + id));
		if (!locked.originator().equals(caller.member())) {
			throw new ForbiddenException("only the originating member may change a report");
		}
		if (locked.withdrawn()) {
			throw new ConflictException("withdrawn", "the report was withdrawn and can no longer change");
		}
		return locked;
	}

	private ObjectNode currentDraft(UUID id, int version) {
		ObjectNode content = (ObjectNode) this.json.readTree(this.repository.versionContent(id, version));
		content.remove("author");
		for (JsonNode location : content.path("locations")) {
			ObjectNode node = (ObjectNode) location;
			node.remove(List.of("sanitized", "format"));
			if (node.hasNonNull("coordinates")) {
				node.remove(List.of("lat", "lon"));
			}
		}
		return content;
	}

	private static ObjectNode mergePatch(ObjectNode target, ObjectNode patch) {
		for (Map.Entry<String, JsonNode> field : patch.properties()) {
			if (field.getValue().isNull()) {
				target.remove(field.getKey());
			}
			else {
				target.set(field.getKey(), field.getValue());
			}
		}
		return target;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
