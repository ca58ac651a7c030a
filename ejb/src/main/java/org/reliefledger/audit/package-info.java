/**
 * The audit trail: who did what to which object and when, for every write and every read of sealed
 * personal data. It never holds client addresses or personal data itself.
 */
package org.reliefledger.audit;
