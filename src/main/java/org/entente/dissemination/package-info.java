/**
 * Getting what was released to a member to it as it happens: the Server-Sent Events stream, read from the
 * ledger in its order and resumable from any position.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "ledger", "members", "reports", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.dissemination;
