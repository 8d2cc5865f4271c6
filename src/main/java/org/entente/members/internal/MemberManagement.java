package org.entente.members.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.entente.ledger.Actor;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.members.Member;
import org.entente.members.MemberAdministration;
import org.entente.members.Members;
import org.entente.members.Role;
import org.entente.platform.ConflictException;
import org.entente.platform.ForbiddenException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Validation;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on members, users and tokens; each one a transaction with its ledger entry.
 */
@Service
class MemberManagement implements Members, MemberAdministration {

	static final Pattern MEMBER_CODE = Pattern.compile("^[A-Z0-9]{2,12}$");

	static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$");

	/** Reserved: a release to {@code ALL} means every member, present and future. */
	static final String ALL = "ALL";

	private static final String TOKEN_PREFIX = "ent_";

	private final MemberRepository repository;

	private final Ledger ledger;

	private final PasswordEncoder passwordEncoder;

	private final SecureRandom random = new SecureRandom();

	MemberManagement(MemberRepository repository, Ledger ledger, PasswordEncoder passwordEncoder) {
		this.repository = repository;
		this.ledger = ledger;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public Optional<Member> find(String code) {
		return this.repository.findMember(code);
	}

	@Override
	public Map<String, String> membersOfUsers(Collection<String> usernames) {
		return usernames.isEmpty() ? Map.of() : this.repository.membersOfUsers(usernames);
	}

	@Override
	public Set<String> activeCodes() {
		return this.repository.activeCodes();
	}

	@Override
	public List<Member> members() {
		return this.repository.members();
	}

	@Override
	@Transactional
	public Member createMember(Caller caller, String code, String name) {
		requireCentreAdmin(caller);
		Validation validation = new Validation();
		if (validation.matches("code", code, MEMBER_CODE, "2 to 12 upper-case letters or digits") && ALL.equals(code)) {
			validation.reject("code", "reserved", "ALL is reserved for releases to every member");
		}
		validation.requiredText("name", name, 200);
		validation.throwIfFailed();
		return insertMember(caller.actor(), code, name);
	}

	@Transactional
	Member updateMember(Caller caller, String code, String name, Boolean active) {
		requireCentreAdmin(caller);
		Member member = this.repository.findMember(code).orElseThrow(() -> new NotFoundException("member " + code));
		Validation validation = new Validation();
		if (name != null) {
			validation.requiredText("name", name, 200);
		}
		if (Caller.CENTRE.equals(code) && Boolean.FALSE.equals(active)) {
			validation.reject("active", "centre", "the centre cannot be deactivated");
		}
		validation.throwIfFailed();
		Member updated = new Member(code, (name != null) ? name : member.name(),
				(active != null) ? active : member.active(), member.createdAt());
		this.repository.updateMember(code, updated.name(), updated.active());
		this.ledger.append(new LedgerRecord(caller.actor(), "member.updated", Subject.member(code),
				Map.of("member", code, "name", updated.name(), "active", updated.active())));
		return updated;
	}

	@Override
	@Transactional
	public void createUser(Caller caller, String member, String username, String password, List<String> roles) {
		createUserAccount(caller, member, username, password, roles);
	}

	@Transactional
	UserAccount createUserAccount(Caller caller, String memberCode, String username, String password,
			List<String> roles) {
		Member member = visibleMember(caller, memberCode);
		Validation validation = new Validation();
		validation.matches("username", username, USERNAME, "2 to 64 letters, digits or ._@- starting with a letter or digit");
		if (password != null && (password.length() < 12 || password.length() > 200)) {
			validation.reject("password", "length", "must be 12 to 200 characters");
		}
		else if (password != null) {
			// Argon2 hashes the UTF-8 bytes: a lone surrogate has none, and the encoder would fail with a 500.
			validation.text("password", password, 200);
		}
		Set<Role> parsedRoles = roles(validation, roles);
		validation.throwIfFailed();
		UserAccount user = new UserAccount(username, member.code(),
				(password != null) ? this.passwordEncoder.encode(password) : null, parsedRoles, true, now());
		return insertUser(caller.actor(), user);
	}

	List<UserAccount> users(Caller caller, String memberCode) {
		return this.repository.users(visibleMember(caller, memberCode).code());
	}

	@Transactional
	void deactivateUser(Caller caller, String username) {
		UserAccount user = administeredUser(caller, username);
		this.repository.deactivateUser(user.username());
		this.ledger.append(new LedgerRecord(caller.actor(), "user.deactivated", Subject.user(username),
				Map.of("username", username, "member", user.member())));
	}

	@Transactional
	IssuedToken issueToken(Caller caller, String username, String name) {
		UserAccount user = tokenOwner(caller, username);
		Validation validation = new Validation();
		validation.requiredText("name", name, 200);
		validation.throwIfFailed();
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		return insertToken(caller.actor(), user, name, token);
	}

	List<TokenView> tokens(Caller caller, String username) {
		return this.repository.tokens(tokenOwner(caller, username).username());
	}

	@Transactional
	void revokeToken(Caller caller, String username, UUID tokenId) {
		UserAccount user = tokenOwner(caller, username);
		if (!this.repository.revokeToken(user.username(), tokenId, now())) {
			throw new NotFoundException("token " + tokenId);
		}
		this.ledger.append(new LedgerRecord(caller.actor(), "token.revoked", Subject.user(username),
				Map.of("token", tokenId.toString(), "username", username)));
	}

	/** The centre's own member, made once on the first start. */
	@Transactional
	void ensureCentre() {
		if (this.repository.findMember(Caller.CENTRE).isEmpty()) {
			insertMember(Actor.system(), Caller.CENTRE, "The centre");
		}
	}

	/** A CENTRE admin holding exactly this token; nothing happens when one already does. */
	@Transactional
	void ensureAdminToken(String username, String token) {
		if (this.repository.tokenExists(hash(token))) {
			return;
		}
		UserAccount admin = this.repository.findUser(username).orElseGet(() -> insertUser(Actor.system(),
				new UserAccount(username, Caller.CENTRE, null, Set.of(Role.ADMIN), true, now())));
		insertToken(Actor.system(), admin, "ENTENTE_ADMIN_TOKEN", token);
	}

	Optional<Caller> callerForToken(String token) {
		return this.repository.callerForToken(hash(token));
	}

	private Member insertMember(Actor actor, String code, String name) {
		Member member = new Member(code, name, true, now());
		if (!this.repository.insertMember(code, name, member.createdAt())) {
			throw new ConflictException("code", "member " + code + " exists already");
		}
		this.ledger.append(new LedgerRecord(actor, "member.created", Subject.member(code),
				Map.of("member", code, "name", name)));
		return member;
	}

	private UserAccount insertUser(Actor actor, UserAccount user) {
		if (!this.repository.insertUser(user)) {
			throw new ConflictException("username", "user " + user.username() + " exists already");
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("username", user.username());
		event.put("member", user.member());
		event.put("roles", user.roles().stream().map(Role::wireName).sorted().toList());
		this.ledger.append(new LedgerRecord(actor, "user.created", Subject.user(user.username()), event));
		return user;
	}

	private IssuedToken insertToken(Actor actor, UserAccount user, String name, String token) {
		UUID id = UUID.randomUUID();
		this.repository.insertToken(id, user.username(), name, hash(token), now());
		this.ledger.append(new LedgerRecord(actor, "token.issued", Subject.user(user.username()),
				Map.of("token", id.toString(), "username", user.username(), "name", name)));
		return new IssuedToken(id, token);
	}

	private Member visibleMember(Caller caller, String memberCode) {
		Optional<Member> member = this.repository.findMember(memberCode);
		if (member.isEmpty() || !caller.administers(memberCode)) {
			if (member.isPresent() && caller.member().equals(memberCode)) {
				throw new ForbiddenException("only the member's admins manage its users");
			}
			throw new NotFoundException("member " + memberCode);
		}
		return member.get();
	}

	private UserAccount administeredUser(Caller caller, String username) {
		return this.repository.findUser(username)
			.filter(user -> caller.administers(user.member()))
			.orElseThrow(() -> new NotFoundException("user " + username));
	}

	/** Users manage their own tokens; admins those of their member's users. */
	private UserAccount tokenOwner(Caller caller, String username) {
		if (caller.username().equals(username)) {
			return this.repository.findUser(username).orElseThrow(() -> new NotFoundException("user " + username));
		}
		return administeredUser(caller, username);
	}

	private static Set<Role> roles(Validation validation, List<String> roles) {
		if (roles == null || roles.isEmpty()) {
			validation.reject("roles", "required", "must name at least one of admin, officer, analyst, auditor");
			return Set.of();
		}
		try {
			return Set.copyOf(roles.stream().map(Role::fromWireName).toList());
		}
		catch (IllegalArgumentException exception) {
			validation.reject("roles", "enum", exception.getMessage() + "; expected admin, officer, analyst, auditor");
			return Set.of();
		}
	}

	private static void requireCentreAdmin(Caller caller) {
		if (!caller.isCentreAdmin()) {
			throw new ForbiddenException("only the centre's admins manage members");
		}
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("SHA-256 is part of every JDK", exception);
		}
	}

	private byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
