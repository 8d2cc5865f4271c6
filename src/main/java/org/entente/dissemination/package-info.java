/**
 * Getting what was released to a member to it as it happens: the Server-Sent Events stream and webhooks, read
 * from the ledger in its order and resumable from any position, and the subscriptions that raise notifications.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "ledger", "members", "reports", "geo", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.dissemination;
