package org.entente.transparency.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.ledger.LedgerEntry;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.members.Members;
import org.entente.members.Role;
import org.entente.reports.Reports;

import org.springframework.stereotype.Component;

/**
 * Who may see an entry's event and salt: whoever may see its subject. A report's: its originator and the members
 * it was released to (at any detail, as the event is committed whole); a member's: that member; a user's: the
 * user's member; and the centre for members and users. Auditors of the centre see every entry. The owning
 * modules answer for their subjects, in one query per page of entries.
 */
@Component
class EntryVisibility {

	private final Reports reports;

	private final Members members;

	EntryVisibility(Reports reports, Members members) {
		this.reports = reports;
		this.members = members;
	}

	/** The entries the caller may see, in their order. */
	List<LedgerEntry> visible(Caller caller, List<LedgerEntry> entries) {
		if (isCentreAuditor(caller)) {
			return entries;
		}
		Set<UUID> reports = this.reports.visibleTo(caller.member(), reportIds(entries));
		Map<String, String> membersOfUsers = this.members.membersOfUsers(subjectIds(entries, "user"));
		return entries.stream().filter(entry -> maySee(caller, entry.subject(), reports, membersOfUsers)).toList();
	}

	private static boolean maySee(Caller caller, Subject subject, Set<UUID> reports,
			Map<String, String> membersOfUsers) {
		boolean centre = Caller.CENTRE.equals(caller.member());
		return switch (subject.type()) {
			case "report" -> reportId(subject).map(reports::contains).orElse(false);
			case "member" -> centre || caller.member().equals(subject.id());
			case "user" -> centre || caller.member().equals(membersOfUsers.get(subject.id()));
			default -> false;
		};
	}

	private static boolean isCentreAuditor(Caller caller) {
		return Caller.CENTRE.equals(caller.member()) && caller.has(Role.AUDITOR);
	}

	private static Set<UUID> reportIds(List<LedgerEntry> entries) {
		Set<UUID> ids = new HashSet<>();
		entries.stream().filter(entry -> "report".equals(entry.subject().type()))
			.forEach(entry -> reportId(entry.subject()).ifPresent(ids::add));
		return ids;
	}

	private static Set<String> subjectIds(List<LedgerEntry> entries, String type) {
		Set<String> ids = new HashSet<>();
		entries.stream().filter(entry -> type.equals(entry.subject().type()))
			.forEach(entry -> ids.add(entry.subject().id()));
		return ids;
	}

	private static Optional<UUID> reportId(Subject subject) {
		try {
			return Optional.of(UUID.fromString(subject.id()));
		}
		catch (IllegalArgumentException exception) {
			return Optional.empty();
		}
	}

}
