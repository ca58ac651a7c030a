package org.reliefledger.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.entity.Area;
import org.reliefledger.cases.entity.AreaRuleBroken;
import org.reliefledger.platform.control.UniqueViolation;

/**
 * The list of areas (neighbourhoods, districts) a case's area is chosen from: the administrator
 * adds and retires them; intake chooses among the open ones; reports name them.
 */
@Stateless
public class Areas {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  /** Every area, retired ones included, by name. */
  public List<AreaView> all() {
    return em.createNamedQuery(Area.ALL, Area.class).getResultStream().map(AreaView::of).toList();
  }

  /** The areas a new case may choose, by name. */
  public List<AreaView> open() {
    return all().stream().filter(area -> !area.retired()).toList();
  }

  /** Adds an area under {@code code}, or under a code made from its name when none is given. */
  public AreaAddition add(String code, String name, String addedBy) {
    Area area;
    try {
      area = Area.add(code, name, addedBy, Instant.now());
    } catch (AreaRuleBroken broken) {
      return new AreaAddition.Invalid(broken.field(), broken.getMessage());
    }
    if (em.find(Area.class, area.code()) != null) {
      return new AreaAddition.Taken("code");
    }
    if (nameTaken(area)) {
      return new AreaAddition.Taken("name");
    }
    em.persist(area);
    try {
      em.flush();
    } catch (PersistenceException refused) {
      if (UniqueViolation.causedBy(refused)) {
        // Another administrator added the same code or name a moment ago: this one rolls back.
        return new AreaAddition.Taken("code");
      }
      throw refused;
    }
    audit.record("AREA_ADDED", "area", area.code(), null);
    return new AreaAddition.Added(AreaView.of(area));
  }

  /** Retires the area with {@code code}; empty when there is none. Retiring twice is harmless. */
  public Optional<AreaView> retire(String code) {
    Area area = em.find(Area.class, Area.normaliseCode(code));
    if (area == null) {
      return Optional.empty();
    }
    if (!area.isRetired()) {
      area.retire(Instant.now());
      audit.record("AREA_RETIRED", "area", area.code(), null);
    }
    return Optional.of(AreaView.of(area));
  }

  private boolean nameTaken(Area area) {
    return !em.createQuery("SELECT a.code FROM Area a WHERE a.nameKey = :key", String.class)
        .setParameter("key", Area.nameKey(area.name()))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
