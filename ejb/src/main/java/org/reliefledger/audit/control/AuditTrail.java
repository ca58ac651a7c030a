package org.reliefledger.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.reliefledger.audit.boundary.AuditSelection;
import org.reliefledger.audit.entity.AuditEvent;

/** Reads the audit trail: selected events newest first, their count, the types present. */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext EntityManager em;

  public List<AuditEvent> events(AuditSelection selection, int limit, int offset) {
    return selected(
            "SELECT e FROM AuditEvent e",
            selection,
            " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(AuditSelection selection) {
    return selected("SELECT COUNT(e) FROM AuditEvent e", selection, "", Long.class)
        .getSingleResult();
  }

  /** The event types (actions) that occur in the trail, in alphabetical order. */
  public List<String> types() {
    return em.createQuery(
            "SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
        .getResultList();
  }

  /**
   * {@code select} restricted to {@code selection}. Absent parts are left out of the query, not
   * passed as nulls, because PostgreSQL cannot type a {@code :param IS NULL} comparison.
   */
  private <T> TypedQuery<T> selected(
      String select, AuditSelection selection, String orderBy, Class<T> type) {
    var conditions = new ArrayList<String>();
    if (selection.from() != null) {
      conditions.add("e.occurredAt >= :from");
    }
    if (selection.to() != null) {
      conditions.add("e.occurredAt < :afterTo");
    }
    if (selection.type() != null) {
      conditions.add("e.action = :type");
    }
    if (selection.actor() != null) {
      conditions.add("e.actor = :actor");
    }
    var jpql =
        new StringBuilder(select)
            .append(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
    if (selection.from() != null) {
      query.setParameter("from", selection.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (selection.to() != null) {
      query.setParameter(
          "afterTo", selection.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (selection.type() != null) {
      query.setParameter("type", selection.type());
    }
    if (selection.actor() != null) {
      query.setParameter("actor", selection.actor());
    }
    return query;
  }
}
