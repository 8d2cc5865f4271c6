/**
 * The server-rendered pages people use in a browser: sign-in and the member's view of what it may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "members", "reports", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.web;
