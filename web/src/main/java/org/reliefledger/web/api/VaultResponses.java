package org.reliefledger.web.api;

import jakarta.ws.rs.core.Response;

/** The vault's refusals, worded once for its resources. */
final class VaultResponses {

  private VaultResponses() {}

  static Response noSuchCase() {
    return Responses.error(404, "not_found", "There is no case with this code.", "code");
  }

  static Response notAssigned() {
    return Responses.error(
        403, "forbidden", "Only intake users assigned to this case may do this.", null);
  }
}
