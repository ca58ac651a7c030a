package org.reliefledger.disbursement.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.disbursement.control.ApprovedHolds;
import org.reliefledger.ledger.boundary.Ledger;

/**
 * {@link Disbursements}, {@link Cases} and the {@link Ledger} wired by hand over a Java SE
 * persistence unit, with one entity manager and one resource-local transaction per call — what the
 * container does for {@code @Stateless} beans, minus the container (so a nested {@code
 * REQUIRES_NEW} joins the call's transaction here). The caller is whoever {@link #as} names. Not
 * thread-safe: give each thread its own.
 */
final class JpaDisbursements implements AutoCloseable {

  private final EntityManager em;
  private final Map<Class<?>, Object> beans = new HashMap<>();
  private String caller = "system";

  JpaDisbursements(EntityManagerFactory factory) {
    this.em = factory.createEntityManager();
  }

  /** Runs {@code call} as {@code user} in its own transaction. */
  <T> T as(String user, Function<Disbursements, T> call) {
    return in(user, Disbursements.class, call);
  }

  /** Runs {@code call} on bean {@code type} as {@code user} in its own transaction. */
  <B, T> T in(String user, Class<B> type, Function<B, T> call) {
    caller = user;
    em.getTransaction().begin();
    try {
      T result = call.apply(bean(type));
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.clear();
    }
  }

  @Override
  public void close() {
    em.close();
  }

  private <T> T bean(Class<T> type) {
    var existing = beans.get(type);
    if (existing != null) {
      return type.cast(existing);
    }
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T instance = constructor.newInstance();
      beans.put(type, instance);
      for (Field field : type.getDeclaredFields()) {
        field.setAccessible(true);
        if (field.isAnnotationPresent(PersistenceContext.class)) {
          field.set(instance, em);
        } else if (field.isAnnotationPresent(Resource.class)
            && field.getType() == SessionContext.class) {
          field.set(instance, session());
        } else if (field.isAnnotationPresent(Inject.class)) {
          field.set(instance, field.getType() == Instance.class ? holds() : bean(field.getType()));
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The only {@code Instance} injected here is the ledger's view of the holds. */
  private Instance<?> holds() {
    return (Instance<?>)
        Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isResolvable" -> true;
                  case "get" -> bean(ApprovedHolds.class);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private SessionContext session() {
    return (SessionContext)
        Proxy.newProxyInstance(
            SessionContext.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCallerPrincipal")) {
                return (Principal) () -> caller;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
