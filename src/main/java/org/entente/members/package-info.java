/**
 * The partner organisations, their users and roles, API tokens, and how every request is authenticated and
 * authorised.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "ledger", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.members;
