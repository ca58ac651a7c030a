/**
 * Demo data: with {@code RELIEF_DEMO=true} an empty database is filled at start-up with a
 * believable fund so a newcomer can click through every screen. Everything goes through the same
 * boundaries the screens and the API use.
 */
package org.reliefledger.web.demo;
