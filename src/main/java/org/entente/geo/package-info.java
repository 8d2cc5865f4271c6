/**
 * Reads, writes, finds, measures and coarsens geographic coordinates (WGS84) in the notations analysts paste: decimal
 * degrees, degrees and minutes, degrees minutes and seconds, MGRS and UTM.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "members" })
package org.entente.geo;
