/**
 * Readers for each coordinate notation, used by {@link org.entente.geo.CoordinateParser}.
 */
@org.jspecify.annotations.NullMarked
package org.entente.geo.internal;
