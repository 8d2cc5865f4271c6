package org.entente.members;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask about members. */
public interface Members {

	Optional<Member> find(String code);

	/** The codes of every active member; few enough to hold while validating a request. */
	Set<String> activeCodes();

	/** The member of each of these users that exists, by username. */
	Map<String, String> membersOfUsers(Collection<String> usernames);

}
