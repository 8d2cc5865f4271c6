package org.entente.members.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.members.Member;
import org.entente.members.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member, app_user and api_token tables. */
@Repository
class MemberRepository {

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Member> findMember(String code) {
		return this.jdbc.sql("select code, name, active, created_at from member where code = ?")
			.param(code)
			.query(MemberRepository::member)
			.optional();
	}

	List<Member> members() {
		return this.jdbc.sql("select code, name, active, created_at from member order by code")
			.query(MemberRepository::member)
			.list();
	}

	Set<String> activeCodes() {
		return Set.copyOf(this.jdbc.sql("select code from member where active").query(String.class).list());
	}

	Map<String, String> membersOfUsers(Collection<String> usernames) {
		Map<String, String> members = new HashMap<>();
		this.jdbc.sql("select username, member_code from app_user where username in (:usernames)")
			.param("usernames", usernames)
			.query(row -> {
				members.put(row.getString(1), row.getString(2));
			});
		return members;
	}

	boolean insertMember(String code, String name, Instant createdAt) {
		return this.jdbc.sql("insert into member (code, name, created_at) values (?, ?, ?) on conflict do nothing")
			.params(code, name, Timestamp.from(createdAt))
			.update() == 1;
	}

	void updateMember(String code, String name, boolean active) {
		this.jdbc.sql("update member set name = ?, active = ? where code = ?").params(name, active, code).update();
	}

	Optional<UserAccount> findUser(String username) {
		return this.jdbc.sql("""
				select u.username, u.member_code, u.password_hash, u.roles, u.active and m.active as active, u.created_at
				from app_user u join member m on m.code = u.member_code
				where u.username = ?
				""").param(username).query(MemberRepository::user).optional();
	}

	List<UserAccount> users(String memberCode) {
		return this.jdbc.sql("""
				select u.username, u.member_code, u.password_hash, u.roles, u.active, u.created_at
				from app_user u where u.member_code = ? order by u.username
				""").param(memberCode).query(MemberRepository::user).list();
	}

	boolean insertUser(UserAccount user) {
		return this.jdbc.sql("""
				insert into app_user (username, member_code, password_hash, roles, created_at)
				values (?, ?, ?, ?::text[], ?) on conflict do nothing
				""")
			.params(user.username(), user.member(), user.passwordHash(), rolesLiteral(user.roles()),
					Timestamp.from(user.createdAt()))
			.update() == 1;
	}

	void deactivateUser(String username) {
		this.jdbc.sql("update app_user set active = false where username = ?").param(username).update();
	}

	void insertToken(UUID id, String username, String name, byte[] tokenHash, Instant createdAt) {
		this.jdbc.sql("insert into api_token (id, username, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(id, username, name, tokenHash, Timestamp.from(createdAt))
			.update();
	}

	boolean tokenExists(byte[] tokenHash) {
		return this.jdbc.sql("select count(*) from api_token where token_hash = ? and revoked_at is null")
			.param(tokenHash)
			.query(Long.class)
			.single() > 0;
	}

	List<TokenView> tokens(String username) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from api_token
				where username = ? order by created_at, id
				""").param(username).query((row, number) -> new TokenView(row.getObject("id", UUID.class),
						row.getString("name"), instant(row, "created_at"), instant(row, "last_used_at"),
						instant(row, "revoked_at")))
			.list();
	}

	boolean revokeToken(String username, UUID id, Instant at) {
		return this.jdbc.sql("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
			.params(Timestamp.from(at), id, username)
			.update() == 1;
	}

	/**
	 * The caller holding a live token of an active user of an active member. Marks the token used at most once a
	 * minute, so that busy machines do not turn every read into a write.
	 */
	Optional<Caller> callerForToken(byte[] tokenHash) {
		Optional<Caller> caller = this.jdbc.sql("""
				select u.username, u.member_code, u.roles, t.id
				from api_token t
				join app_user u on u.username = t.username
				join member m on m.code = u.member_code
				where t.token_hash = ? and t.revoked_at is null and u.active and m.active
				""").param(tokenHash).query((row, number) -> {
			markUsed(row.getObject("id", UUID.class));
			return new Caller(row.getString("member_code"), row.getString("username"), roles(row.getArray("roles")));
		}).optional();
		return caller;
	}

	private void markUsed(UUID tokenId) {
		this.jdbc.sql("""
				update api_token set last_used_at = now()
				where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
				""").param(tokenId).update();
	}

	private static Member member(ResultSet row, int number) throws SQLException {
		return new Member(row.getString("code"), row.getString("name"), row.getBoolean("active"),
				instant(row, "created_at"));
	}

	private static UserAccount user(ResultSet row, int number) throws SQLException {
		return new UserAccount(row.getString("username"), row.getString("member_code"),
				row.getString("password_hash"), roles(row.getArray("roles")), row.getBoolean("active"),
				instant(row, "created_at"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::fromWireName).forEach(roles::add);
		return roles;
	}

	private static String rolesLiteral(Set<Role> roles) {
		return "{" + String.join(",", roles.stream().map(Role::wireName).sorted().toList()) + "}";
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
