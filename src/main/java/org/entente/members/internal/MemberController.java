package org.entente.members.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.members.Member;
import org.entente.members.Role;
import org.entente.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members, users and tokens over the API. */
@RestController
class MemberController {

	private final MemberManagement management;

	MemberController(MemberManagement management) {
		this.management = management;
	}

	@GetMapping("/api/v1/me")
	CallerView me(Caller caller) {
		return new CallerView(caller.member(), caller.username(),
				caller.roles().stream().map(Role::wireName).sorted().toList());
	}

	@GetMapping("/api/v1/members")
	Page<Member> members() {
		return new Page<>(this.management.members(), null);
	}

	@PostMapping("/api/v1/members")
	@ResponseStatus(HttpStatus.CREATED)
	Member createMember(Caller caller, @RequestBody NewMember request) {
		return this.management.createMember(caller, request.code(), request.name());
	}

	@PatchMapping("/api/v1/members/{code}")
	Member updateMember(Caller caller, @PathVariable String code, @RequestBody MemberChange request) {
		return this.management.updateMember(caller, code, request.name(), request.active());
	}

	@GetMapping("/api/v1/members/{code}/users")
	Page<UserView> users(Caller caller, @PathVariable String code) {
		return new Page<>(this.management.users(caller, code).stream().map(UserView::of).toList(), null);
	}

	@PostMapping("/api/v1/members/{code}/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView createUser(Caller caller, @PathVariable String code, @RequestBody NewUser request) {
		return UserView.of(this.management.createUserAccount(caller, code, request.username(), request.password(),
				request.roles()));
	}

	@PostMapping("/api/v1/users/{username}/deactivate")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivateUser(Caller caller, @PathVariable String username) {
		this.management.deactivateUser(caller, username);
	}

	@PostMapping("/api/v1/users/{username}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issueToken(Caller caller, @PathVariable String username, @RequestBody NewToken request) {
		return this.management.issueToken(caller, username, request.name());
	}

	@GetMapping("/api/v1/users/{username}/tokens")
	Page<TokenView> tokens(Caller caller, @PathVariable String username) {
		return new Page<>(this.management.tokens(caller, username), null);
	}

	@DeleteMapping("/api/v1/users/{username}/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(Caller caller, @PathVariable String username, @PathVariable UUID id) {
		this.management.revokeToken(caller, username, id);
	}

	record CallerView(String member, String username, List<String> roles) {
	}

	record NewMember(String code, String name) {
	}

	record MemberChange(String name, Boolean active) {
	}

	record NewUser(String username, String password, List<String> roles) {
	}

	record NewToken(String name) {
	}

	record UserView(String username, String member, List<String> roles, boolean active, Instant createdAt) {

		static UserView of(UserAccount user) {
			return new UserView(user.username(), user.member(), user.roles().stream().map(Role::wireName).sorted().toList(),
					user.active(), user.createdAt());
		}

	}

}
