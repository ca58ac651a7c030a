package org.reliefledger.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.reliefledger.audit.control.AuditTrail;
import org.reliefledger.audit.entity.AuditEvent;

/**
 * Records audit events inside the caller's transaction, so an event exists exactly when the change
 * it describes was committed. The actor is the signed-in caller, or {@code system} for timers and
 * start-up work. The auditor reads the trail here, a page at a time.
 */
@Stateless
public class Audit {

  static final String SYSTEM_ACTOR = "system";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject AuditTrail trail;

  /**
   * @param detail codes and identifiers only: never names, addresses or typed free text
   */
  public void record(String action, String objectType, String objectId, String detail) {
    recordAs(caller(), action, objectType, objectId, detail);
  }

  /**
   * Records an event on behalf of {@code actor}, for work done on another thread than the caller's
   * (the ledger's group commit), where the signed-in caller is not known.
   *
   * @param detail codes and identifiers only: never names, addresses or typed free text
   */
  public void recordAs(
      String actor, String action, String objectType, String objectId, String detail) {
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(ZoneOffset.UTC), actor, action, objectType, objectId, detail));
  }

  /** The events {@code selection} picks, newest first. */
  public AuditPage events(AuditSelection selection, int limit, int offset) {
    return new AuditPage(
        trail.events(selection, limit, offset).stream().map(Audit::entry).toList(),
        trail.count(selection));
  }

  /** The event types present in the trail, for choosing one to filter by. */
  public List<String> types() {
    return trail.types();
  }

  private static AuditEntry entry(AuditEvent e) {
    return new AuditEntry(
        e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(), e.detail());
  }

  /** The signed-in caller's name, or {@code system} for timers and start-up work. */
  public String caller() {
    var principal = session.getCallerPrincipal();
    if (principal == null || "ANONYMOUS".equals(principal.getName())) {
      return SYSTEM_ACTOR;
    }
    return principal.getName();
  }
}
