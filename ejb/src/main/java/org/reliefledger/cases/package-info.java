/**
 * Cases: a household known only by a generated pseudonymous code and coarse, non-identifying
 * attributes (household size band, an area from the administrator's list of areas, ISO 639 language
 * codes) used for decisions and reports. The sealed personal details belong to the vault, never to
 * this package's tables or types.
 */
package org.reliefledger.cases;
