package org.entente.members.internal;

import java.util.Collection;

import org.entente.members.Caller;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users who sign in with a password in the browser; users with only tokens have none. */
@Component
class PasswordUsers implements UserDetailsService {

	private final MemberRepository repository;

	PasswordUsers(MemberRepository repository) {
		this.repository = repository;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = this.repository.findUser(username)
			.filter((account) -> account.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return new SignedInUser(user);
	}

	/** A signed-in browser user, carrying the {@link Caller} the rest of the centre works with. */
	static final class SignedInUser extends User {

		private final Caller caller;

		SignedInUser(UserAccount user) {
			super(user.username(), user.passwordHash(), user.active(), true, true, true, authorities(user));
			this.caller = new Caller(user.member(), user.username(), user.roles());
		}

		Caller caller() {
			return this.caller;
		}

		private static Collection<GrantedAuthority> authorities(UserAccount user) {
			return user.roles().stream().map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
		}

	}

}
