package org.entente.members;

import java.util.List;

/** The administrative commands other modules may run on behalf of a caller (the demo seeds through these). */
public interface MemberAdministration {

	Member createMember(Caller caller, String code, String name);

	/** Creates a user with a password (or none, for a machine user) and roles by their wire names. */
	void createUser(Caller caller, String member, String username, String password, List<String> roles);

	/** Every member, active or not. */
	List<Member> members();

}
