package org.reliefledger.disbursement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import org.reliefledger.disbursement.entity.Committee;

/**
 * The committee as it is now: every user holding the COMMITTEE role. Read from the identity tables
 * by SQL so that this component depends on the users' schema, not on their classes.
 */
@ApplicationScoped
public class Committees {

  @PersistenceContext EntityManager em;

  public Committee current() {
    var names =
        em.createNativeQuery(
                "SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                    + " WHERE r.role = 'COMMITTEE'")
            .getResultList();
    var members = new HashSet<String>();
    for (Object name : names) {
      members.add((String) name);
    }
    return new Committee(members);
  }
}
