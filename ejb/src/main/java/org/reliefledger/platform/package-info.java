/**
 * The ground the other components stand on: where the database is (from configuration), the Flyway
 * migrations that shape it before anything else runs, and the first-start set-up.
 */
package org.reliefledger.platform;
