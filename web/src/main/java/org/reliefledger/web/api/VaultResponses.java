package org.reliefledger.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The vault's refusals, worded once for its resources. */
final class VaultResponses {

  private VaultResponses() {}

  /** Values opened from the vault: 200, and never kept by a cache. */
  static Response revealed(Object body) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).build();
  }

  static Response noSuchCase() {
    return Responses.error(404, "not_found", "There is no case with this code.", "code");
  }

  static Response notAssigned() {
    return Responses.error(
        403, "forbidden", "Only intake users assigned to this case may do this.", null);
  }
}
