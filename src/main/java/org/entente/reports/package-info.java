/**
 * Reports with their locations and releasability: submission (single and bulk), amendment, withdrawal,
 * widening of releases, and every read filtered by need-to-know in its SQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "members", "ledger", "geo", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.reports;
