package org.entente.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.members.Caller;

/** What other modules (the demo, interoperability) may ask of the reports module. */
public interface Reports {

	/**
	 * Validates and stores the drafts as one transaction, one ledger entry each.
	 * @throws org.entente.platform.InvalidRequestException naming the first invalid draft's fields
	 */
	List<SubmittedReport> submitAll(Caller caller, List<ReportDraft> drafts);

	/** The newest reports the caller's member may see, newest first. */
	List<ReportSummary> recent(Caller caller, int limit);

	/**
	 * Those of the reports that the member may see, at any detail: it originated them, or they were released to
	 * it or to ALL. Unknown ids are simply absent, as need-to-know requires.
	 */
	Set<UUID> visibleTo(String member, Collection<UUID> reportIds);

	/**
	 * For each of these reports, the members among {@code members} that may see it, by the same need-to-know
	 * predicate as {@link #visibleTo}, in one query: a batch of ledger entries for every member with a stream
	 * open costs one round trip, however many members those are.
	 */
	List<ReportViewer> viewers(Collection<String> members, Collection<UUID> reportIds);

	/** The report at the member's detail level, if the member may see it. */
	Optional<ReportSnapshot> snapshot(String member, UUID reportId);

}
