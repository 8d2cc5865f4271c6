@org.jspecify.annotations.NullMarked
package org.entente.transparency.internal;
