/**
 * Reads, writes, measures and coarsens geographic coordinates (WGS84) in the notations analysts paste: decimal
 * degrees, degrees and minutes, degrees minutes and seconds, MGRS and UTM.
 */
@org.jspecify.annotations.NullMarked
package org.entente.geo;
