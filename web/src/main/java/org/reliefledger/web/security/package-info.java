/**
 * Who is calling: HTTP Basic for the API, a login form and session for the screens, both checked
 * against the user accounts of the identity component.
 */
package org.reliefledger.web.security;
