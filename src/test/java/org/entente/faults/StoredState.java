package org.entente.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database holds, read over JDBC behind the centre's back: the reports of one member with their
 * location, version and ledger counts, and the checks that the ledger verifies.
 */
final class StoredState {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	StoredState(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** A stored report as the fault tests compare it to what was sent. */
	record StoredReport(String id, String title, int locations, int versions, int submittedEntries) {
	}

	/** Every report of the member, with how many location rows, versions and submission entries each has. */
	List<StoredReport> reportsOf(String member) {
		return this.jdbc.sql("""
				select r.id::text as id, r.title,
				       (select count(*) from location l where l.report_id = r.id) as locations,
				       (select count(*) from report_version v where v.report_id = r.id) as versions,
				       (select count(*) from ledger e where e.subject_type = 'report' and e.subject_id = r.id::text
				            and e.type = 'report.submitted') as submitted_entries
				from report r where r.originator = ?
				""")
			.param(member)
			.query((row, number) -> new StoredReport(row.getString("id"), row.getString("title"), row.getInt("locations"),
					row.getInt("versions"), row.getInt("submitted_entries")))
			.list();
	}

	long reportCount() {
		return this.jdbc.sql("select count(*) from report").query(Long.class).single();
	}

	long ledgerSize() {
		return this.jdbc.sql("select count(*) from ledger").query(Long.class).single();
	}

	/**
	 * The ledger verifies as far as the stored rows allow: its sequence is gap-free from 0 and agrees with the
	 * head; every event is stored in its RFC 8785 canonical form (so its commitment can be recomputed by anyone
	 * holding it); every report has exactly one submission entry, about it, whose location count and content
	 * digest match the stored report and its first version.
	 * <p>
	 * Hook for the Merkle tree: when the ledger module serves envelopes and signed checkpoints, a check that the
	 * tree over the envelopes has the checkpoint's root belongs here (see {@code ledger.verification}); until
	 * then this method does not pretend to verify it.
	 */
	void assertLedgerVerifies() {
		long size = ledgerSize();
		assertThat(this.jdbc.sql("select coalesce(max(seq) + 1, 0) from ledger").query(Long.class).single())
			.as("ledger sequence is gap-free from 0").isEqualTo(size);
		assertThat(this.jdbc.sql("select size from ledger_head").query(Long.class).single())
			.as("ledger head size").isEqualTo(size);
		assertEventsAreCanonical();
		assertReportsHaveExactlyOneSubmission();
		assertSubmissionsMatchStoredReports();
	}

	private void assertEventsAreCanonical() {
		List<String> notCanonical = new ArrayList<>();
		this.jdbc.sql("select seq, event from ledger order by seq").query((row) -> {
			String event = row.getString("event");
			if (!canonical(event).equals(event)) {
				notCanonical.add(row.getLong("seq") + ": " + event);
			}
		});
		assertThat(notCanonical).as("ledger events not in RFC 8785 canonical form").isEmpty();
	}

	private void assertReportsHaveExactlyOneSubmission() {
		List<String> wrong = this.jdbc.sql("""
				select r.id::text || ' has ' || count(e.seq) || ' submission entries' from report r
				left join ledger e on e.subject_type = 'report' and e.subject_id = r.id::text and e.type = 'report.submitted'
				group by r.id having count(e.seq) <> 1
				""").query(String.class).list();
		assertThat(wrong).as("reports without exactly one report.submitted entry").isEmpty();
		List<String> orphans = this.jdbc.sql("""
				select e.seq || ' is about ' || e.subject_id from ledger e
				where e.type = 'report.submitted' and not exists (select 1 from report r where r.id::text = e.subject_id)
				""").query(String.class).list();
		assertThat(orphans).as("submission entries about no stored report").isEmpty();
	}

	/** Only reports never amended: their current locations and first version are what was submitted. */
	private void assertSubmissionsMatchStoredReports() {
		Map<String, Integer> locations = new HashMap<>();
		Map<String, String> contents = new HashMap<>();
		this.jdbc.sql("""
				select r.id::text as id, (select count(*) from location l where l.report_id = r.id) as locations,
				       (select v.content::text from report_version v where v.report_id = r.id and v.version = 1) as content
				from report r where r.version = 1
				""").query((row) -> {
			locations.put(row.getString("id"), row.getInt("locations"));
			contents.put(row.getString("id"), row.getString("content"));
		});
		List<String> mismatches = new ArrayList<>();
		this.jdbc.sql("select subject_id, event from ledger where type = 'report.submitted'").query((row) -> {
			String id = row.getString("subject_id");
			if (!locations.containsKey(id)) {
				return;
			}
			JsonNode event = JSON.readTree(row.getString("event"));
			if (!id.equals(event.path("report").asString()) || event.path("locations").asInt() != locations.get(id)
					|| contents.get(id) == null || !digest(contents.get(id)).equals(event.path("contentSha256").asString())) {
				mismatches.add(id + ": " + row.getString("event"));
			}
		});
		assertThat(mismatches).as("submission entries that do not match the stored report").isEmpty();
	}

	private static String digest(String content) {
		try {
			byte[] canonical = canonical(content).getBytes(StandardCharsets.UTF_8);
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException(exception);
		}
	}

	private static String canonical(String json) {
		try {
			return new JsonCanonicalizer(json).getEncodedString();
		}
		catch (IOException exception) {
			throw new IllegalStateException("not JSON: " + json, exception);
		}
	}

}
