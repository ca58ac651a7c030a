package org.reliefledger.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.reliefledger.cases.vault.control.LockdownState;

/**
 * During a lockdown: intake and case reads ({@code /cases...}, a shred excepted: erasure goes on)
 * and report downloads ({@code /reports...}) answer 503 {@code locked_down}. The ledger, voting and
 * payments go on.
 */
@Provider
public class LockdownPause implements ContainerRequestFilter {

  @EJB LockdownState lockdown;

  @Override
  public void filter(ContainerRequestContext request) {
    if (lockdown.isLocked() && isPaused(request.getUriInfo().getPath())) {
      request.abortWith(
          Responses.error(
              503,
              "locked_down",
              "The fund is locked down: intake, case reads and report downloads are paused until"
                  + " the committee unseals the vault.",
              null));
    }
  }

  static boolean isPaused(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.startsWith("reports") || (p.startsWith("cases") && !p.endsWith("/shred"));
  }
}
