/**
 * What every module stands on: the PostgreSQL data source (embedded or external), the problem+json error
 * contract, request limits and cursor paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.entente.platform;
