/**
 * The fictional demonstration centre: four invented partners, users for every role and a few thousand synthetic
 * reports, seeded on an empty database when asked for.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "members", "reports", "geo", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.demo;
