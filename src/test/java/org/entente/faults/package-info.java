/**
 * Fault and fuzz tests of the whole centre: what happens when things break, and when clients send what they
 * should not.
 *
 * <table>
 * <caption>The tests, what they prove, and how they run</caption>
 * <tr><th>class</th><th>proves</th><th>runs</th></tr>
 * <tr><td>{@link org.entente.faults.KillDuringBulkProcessTests}</td><td>kill -9 during a bulk: answered lines
 * survive whole, nothing half-stored, the ledger verifies, a retry with the same Idempotency-Key completes
 * it</td><td>failsafe {@code processes}, 3 iterations; harness:
 * {@code -Dentente.faults.kill-iterations=10 -Dentente.faults.bulk-lines=20000}</td></tr>
 * <tr><td>{@link org.entente.faults.DatabaseOutageProcessTests}</td><td>PostgreSQL stopped under a running
 * centre: 503 problem within seconds, recovery without restart, nothing acknowledged lost</td><td>failsafe
 * {@code processes}</td></tr>
 * <tr><td>{@link org.entente.faults.LargeBulkProcessTests}</td><td>a 1 GB bulk under -Xmx512m</td><td>opt-in:
 * {@code -Dentente.faults.large=true}</td></tr>
 * <tr><td>{@link org.entente.faults.ClientDisconnectIntegrationTests}</td><td>a client vanishing mid-upload:
 * a single report stores nothing, a bulk keeps whole batches only, a retry completes it</td><td>surefire and
 * failsafe {@code external-postgresql}</td></tr>
 * <tr><td>{@link org.entente.faults.ApiFuzzIntegrationTests}</td><td>hostile bodies at every JSON endpoint:
 * never a 5xx, a refusal writes nothing</td><td>surefire (jqwik) and failsafe
 * {@code external-postgresql}</td></tr>
 * </table>
 * Process tests ({@code *ProcessTests}) start {@code target/entente.jar} as a child process over a PostgreSQL
 * the test owns ({@link org.entente.faults.StandalonePostgres}), so they run only after {@code package}:
 * {@code ./mvnw -B verify}, or alone with
 * {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KillDuringBulkProcessTests}.
 * Their logs, and the centre's, are under {@code target/faults/}. Parser fuzzing lives beside the parsers
 * ({@code CoordinateParserFuzzProperties}, {@code NdjsonLinesProperties}); for a long run add
 * {@code -Djqwik.tries.default=1000000}.
 */
package org.entente.faults;
